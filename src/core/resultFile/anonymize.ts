import { ACTION_MAX, NOTE_MAX, cleanAction, cleanName, type Action, type Analysis } from '../analysis';
import { newActionId, newAnalysisId, newWorkshopId } from '../ids';
import type { Workshop } from '../workshop';

/*
 * The anonymous export of a werkplaats ("Exporteren zonder namen"): a copy that cannot be linked
 * back to the named originals, neither by the app nor by someone reading the file.
 *
 * What happens to each field, and why (decided as a careful facilitator would):
 * - ids: every result, the werkplaats and every action get a NEW id. With the old ids an import on
 *   a device that holds the originals would meet them as "the same result with other content" and
 *   show the conflict screen, with the real names. The werkplaats's links are rewritten to the new
 *   result ids; links to results that are not exported (not on this device) are left out: an
 *   original id must not travel, and a new id for them would point at nothing forever.
 * - party name and result name: replaced by the label the caller gives (the role, numbered when a
 *   role occurs more than once: "Maatschappelijke instelling 2").
 * - party level ("bestuur", "uitvoering", …): left out. Together with the role it narrows a party
 *   down to a few people.
 * - notes (of the results and of the werkplaats): left out unless the user chooses to keep them.
 *   Notes are free text that people write for themselves and their partners; they name
 *   organisations and people often ("afgestemd met Jan van het wijkteam"). A facilitator who
 *   shares a file "zonder namen" expects that promise to hold without reading every note, so the
 *   safe way is the default; keeping them is an explicit choice.
 * - actions: "what" and "when" stay (they are the agreements, the reason to share the file);
 *   "who" is emptied unless the user explicitly chooses to keep it, because "who" is nearly always
 *   a name. The screen warns that "who" can hold names.
 * - partnership label and werkplaats name: kept. They name the partnership or the meeting ("Wijk
 *   Oost", "Werkplaats Oosterveld"), not a party, and without them a received file is hard to
 *   place. The werkplaats name gets the caller's marker ("… (zonder namen)") so that it is never
 *   mistaken for the named original on the same device.
 * - every piece of free text that travels (partnership, werkplaats name, "what", "when", and kept
 *   notes or "who") is scrubbed: each party name and result name of the exported results, as a
 *   whole word, in any case and with any white space between its words, is replaced by that
 *   party's label. So "Gemeente Oosterveld en Welzijn Oost" becomes "Gemeente en Maatschappelijke
 *   instelling". This catches the names the app knows, not a shortened or misspelt one; that is
 *   why notes and "who" stay out by default.
 * - createdAt and updatedAt: kept. The results page and the comparison need them, and a date is
 *   not a name. (Anyone who holds the originals can always match answers by content; what matters
 *   is that no name travels and the app never pairs the copy with an original.)
 * - answers and `earlier` answers: unchanged, so every score is the same.
 * - local bookkeeping (areaIndex, exportedAt, importedAt): reset or left out.
 */

/** What replaces names in an anonymous export. */
export interface AnonymousLabels {
  /** Per analysis, in the same order: its new party and result name (e.g. the role, numbered). */
  parties: readonly string[];
  /** The werkplaats's new name from its own name (party names already taken out), e.g. `${name} (zonder namen)`. */
  workshopName: (name: string) => string;
}

/** The user's choices for an anonymous export; everything that may carry names is left out by default. */
export interface AnonymousOptions {
  /** Keep the notes of the results and of the werkplaats (default: left out). */
  keepNotes?: boolean;
  /** Keep the "who" of actions (default: emptied). The screen warns that it can hold names. */
  keepWho?: boolean;
}

/** The anonymous copies, ready for buildResultFile. */
export interface AnonymousExport {
  analyses: Analysis[];
  workshop: Workshop;
}

/** A RegExp source that matches `text` literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function that replaces every whole-word occurrence of a known name by its label, in one pass
 * (a label that contains another name is never replaced again). Longer names go first, so
 * "Welzijn Oost" wins over "Oost".
 */
function scrubber(names: readonly { name: string; label: string }[]): (text: string) => string {
  const seen = new Set<string>();
  const terms = names
    .map(({ name, label }) => ({ words: cleanName(name).split(' ').filter(Boolean), label }))
    .filter(({ words }) => {
      const key = words.join(' ').toLowerCase();
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  if (terms.length === 0) return (text) => text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${terms.map((t) => `(${t.words.map(literal).join('\\s+')})`).join('|')})(?![\\p{L}\\p{N}\\p{M}])`,
    'giu',
  );
  return (text) =>
    text.replace(pattern, (...args: unknown[]) => {
      const groups = args.slice(1, terms.length + 1);
      const index = groups.findIndex((g) => g !== undefined);
      return terms[index]?.label ?? '';
    });
}

/** A fresh id from `make` that is not in `used` (and is then added to it). */
function freshId(make: (random: () => number) => string, random: () => number, used: Set<string>): string {
  let id = make(random);
  for (let attempt = 0; used.has(id) && attempt < 20; attempt += 1) id = make(random);
  // A random source that keeps repeating itself (a stub): number the id, still a safe id.
  for (let n = 1; used.has(id); n += 1) id = `${make(random)}-${n.toString(36)}`;
  used.add(id);
  return id;
}

/**
 * The analyses of a werkplaats and the werkplaats itself, made anonymous for export (see the
 * comment above for what happens to each field). Pure: the inputs are not changed; `random`
 * makes the new ids (inject one for tests).
 */
export function anonymizeForExport(
  analyses: readonly Analysis[],
  workshop: Workshop,
  labels: AnonymousLabels,
  options: AnonymousOptions = {},
  random: () => number = Math.random,
): AnonymousExport {
  const partyLabels = analyses.map((_a, i) => cleanName(labels.parties[i] ?? '') || '—');
  const scrub = scrubber(
    analyses.flatMap((a, i) => {
      const label = partyLabels[i] ?? '—';
      return [{ name: a.party.name, label }, { name: a.name, label }];
    }),
  );
  const used = new Set<string>([workshop.id, ...analyses.map((a) => a.id), ...workshop.actions.map((x) => x.id), ...analyses.flatMap((a) => a.actions.map((x) => x.id))]);

  const notes = (record: Record<string, string>): Record<string, string> => {
    if (!options.keepNotes) return {};
    const kept: Record<string, string> = {};
    for (const [kenmerkId, note] of Object.entries(record)) {
      const clean = scrub(note).slice(0, NOTE_MAX);
      if (clean.trim()) kept[kenmerkId] = clean;
    }
    return kept;
  };
  const actions = (list: readonly Action[]): Action[] =>
    list.flatMap((a) => {
      const action = cleanAction({
        id: freshId(newActionId, random, used),
        kenmerkId: a.kenmerkId,
        what: scrub(a.what).slice(0, ACTION_MAX.what),
        who: options.keepWho ? scrub(a.who).slice(0, ACTION_MAX.who) : '',
        when: scrub(a.when).slice(0, ACTION_MAX.when),
      });
      return action ? [action] : [];
    });

  const newIds = new Map<string, string>();
  const copies = analyses.map((a, i): Analysis => {
    const id = freshId(newAnalysisId, random, used);
    newIds.set(a.id, id);
    const label = partyLabels[i] ?? '—';
    return {
      id,
      name: label,
      bankId: a.bankId,
      bankVersion: a.bankVersion,
      party: { name: label, role: a.party.role },
      mode: a.mode,
      partnership: cleanName(scrub(a.partnership)),
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      answers: { ...a.answers },
      notes: notes(a.notes),
      actions: actions(a.actions),
      ...(a.earlier ? { earlier: { bankVersion: a.earlier.bankVersion, answers: { ...a.earlier.answers } } } : {}),
      areaIndex: 0,
    };
  });

  // A follow-up keeps its link only to an earlier measurement that is in the same export (by its new id).
  analyses.forEach((a, i) => {
    const earlier = a.follows ? newIds.get(a.follows) : undefined;
    if (earlier) copies[i] = { ...copies[i]!, follows: earlier };
  });

  const resultIds = workshop.resultIds.flatMap((id) => {
    const next = newIds.get(id);
    return next ? [next] : [];
  });
  const copy: Workshop = {
    id: freshId(newWorkshopId, random, used),
    name: cleanName(labels.workshopName(cleanName(scrub(workshop.name)))) || '—',
    resultIds: [...new Set(resultIds)],
    notes: notes(workshop.notes),
    actions: actions(workshop.actions),
    createdAt: workshop.createdAt,
    updatedAt: workshop.updatedAt,
  };
  return { analyses: copies, workshop: copy };
}
