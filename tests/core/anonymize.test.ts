import { describe, expect, it } from 'vitest';
import { createAnalysis, type Analysis, type AnswerValue, type Party } from '../../src/core/analysis';
import { isSafeId } from '../../src/core/ids';
import { planImport } from '../../src/core/compare/planImport';
import { scoreAnalysis } from '../../src/core/scoring/scoreAnalysis';
import { anonymizeForExport, type AnonymousLabels, type AnonymousOptions } from '../../src/core/resultFile/anonymize';
import { indexBank, parseResultFile, type ImportedFile } from '../../src/core/resultFile/readFile';
import { buildResultFile, namedResultFile, serializeResultFile } from '../../src/core/resultFile/writeFile';
import type { Workshop } from '../../src/core/workshop';
import { allStatementIds, at, loadBank, withAnswer } from './helpers';

const bank = loadBank();
const index = indexBank(bank);
const statementIds = allStatementIds(bank);
const T0 = new Date('2026-11-01T10:00:00.000Z');
const T1 = new Date('2026-11-02T10:00:00.000Z');
const NOW = new Date('2026-11-03T12:00:00.000Z');

/** A small seeded random source (mulberry32): the same seed gives the same ids. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach((v) => deepFreeze(v));
    Object.freeze(value);
  }
  return value;
}

/** A party's analysis with answers (some "weet ik niet"), notes and actions whose "who" is a name. */
function party(id: string, p: Party, partnership: string, shift: number, who: string, note: string): Analysis {
  let a = createAnalysis({ party: p, mode: 'alone', partnership }, bank, id, T0);
  statementIds.forEach((sid, i) => {
    if ((i + shift) % 6 === 5) return;
    const value: AnswerValue = (i + shift) % 9 === 0 ? 'unknown' : ((i + shift) % 5) + 1;
    a = withAnswer(a, sid, value, T1);
  });
  return {
    ...a,
    notes: { 'io-practice': note, 'va-burgers': `Vooral ${p.name} moet hier iets mee.` },
    actions: [{ id: `ac-${id.slice(3)}-1`, kenmerkId: 'va-burgers', what: `Bewonersavond met ${p.name}`, who, when: 'Q3' }],
    exportedAt: '2026-11-02T11:00:00.000Z',
    importedAt: '2026-11-02T11:30:00.000Z',
    areaIndex: 3,
  };
}

const gemeente = party('an-gemeente-oosterveld', { name: 'Gemeente Oosterveld', role: 'gemeente', level: 'bestuur' }, 'Wijk Oost', 0, 'Wethouder Karin Smit', 'Afgestemd met Piet Jansen.');
const welzijn = {
  ...party('an-welzijn-oost', { name: 'Welzijn Oost', role: 'instelling', level: 'uitvoering' }, 'Gemeente Oosterveld en Welzijn Oost', 2, 'Team welzijn oost', 'Eerst intern op orde.'),
  name: 'Welzijn Oost — nulmeting',
  earlier: { bankVersion: '1.0.0', answers: { 'ma-visie-4': 5, 'ma-visie-5': 'unknown' as const } },
};
const linde = party('an-zorggroep-linde', { name: 'Zorggroep De Linde', role: 'instelling', level: 'management' }, 'Wijk Oost', 4, 'Mevrouw De Boer', 'Met de Linde-locaties praten.');
const originals = [gemeente, welzijn, linde];

const werkplaats: Workshop = {
  id: 'ws-werkplaats-oosterveld',
  name: 'Werkplaats Oosterveld met Welzijn Oost',
  resultIds: [linde.id, gemeente.id, 'an-not-on-this-device', welzijn.id],
  notes: { 'io-practice': 'Zorggroep De Linde neemt het voortouw.' },
  actions: [
    { id: 'ac-werkplaats-1', kenmerkId: 'io-practice', what: 'Gezamenlijke visiesessie plannen', who: 'Anna Bakker (Gemeente Oosterveld)', when: 'voor de zomer' },
    { id: 'ac-werkplaats-2', kenmerkId: 'va-burgers', what: 'Terugkoppeling aan welzijn  oost', who: 'Welzijn Oost', when: '' },
  ],
  createdAt: T0.toISOString(),
  updatedAt: T1.toISOString(),
  exportedAt: '2026-11-02T12:00:00.000Z',
};

const labels: AnonymousLabels = {
  parties: ['Gemeente', 'Maatschappelijke instelling 1', 'Maatschappelijke instelling 2'],
  workshopName: (name) => `${name} (zonder namen)`,
};

const anonymous = (options: AnonymousOptions = {}, seed = 7) => anonymizeForExport(originals, werkplaats, labels, options, seeded(seed));

/** The anonymous file text, as the werkplaats screen writes it. */
function fileText(options: AnonymousOptions = {}): string {
  const copy = anonymous(options);
  return serializeResultFile(buildResultFile(copy.analyses, bank, 'test', NOW, { workshops: [copy.workshop], anonymous: true }));
}

function imported(text: string): ImportedFile {
  const read = parseResultFile(text, bank, index, NOW);
  if (!read.ok) throw new Error(`import refused: ${JSON.stringify(read.error)}`);
  return read.value;
}

/** Every value that could link the file back to the named originals. */
const originalIds = [...originals.map((a) => a.id), werkplaats.id, 'an-not-on-this-device', ...werkplaats.actions.map((a) => a.id), ...originals.flatMap((a) => a.actions.map((x) => x.id))];
const partyNames = originals.flatMap((a) => [a.party.name, a.name]);
const whoValues = [...werkplaats.actions, ...originals.flatMap((a) => a.actions)].map((a) => a.who);
const noteValues = [...Object.values(werkplaats.notes), ...originals.flatMap((a) => Object.values(a.notes))];

describe('anonymous export (default: no notes, no "who")', () => {
  const text = fileText();
  const lower = text.toLowerCase();
  const file = JSON.parse(text) as { results: { id: string; party: Record<string, unknown> }[]; workshops: { id: string; name: string; resultIds: string[] }[] };

  it('holds no original id, party or result name, level, "who" or note anywhere in the file', () => {
    for (const value of [...originalIds, ...partyNames, ...whoValues, ...noteValues]) expect(lower).not.toContain(value.toLowerCase());
    // Also not the names in another case or with other white space ("welzijn  oost").
    expect(lower).not.toMatch(/welzijn\s+oost|gemeente\s+oosterveld|zorggroep\s+de\s+linde/);
    expect(text).not.toContain('"level"');
    for (const level of ['bestuur', 'uitvoering', 'management']) expect(text).not.toContain(`"${level}"`);
    expect(file.results.map((r) => Object.keys(r.party).sort())).toEqual([['name', 'role'], ['name', 'role'], ['name', 'role']]);
  });

  it('names each party and result by its label, keeps roles and scrubs party names from the partnership', () => {
    const { analyses } = anonymous();
    expect(analyses.map((a) => [a.name, a.party.name, a.party.role])).toEqual([
      ['Gemeente', 'Gemeente', 'gemeente'],
      ['Maatschappelijke instelling 1', 'Maatschappelijke instelling 1', 'instelling'],
      ['Maatschappelijke instelling 2', 'Maatschappelijke instelling 2', 'instelling'],
    ]);
    expect(analyses.map((a) => a.partnership)).toEqual(['Wijk Oost', 'Gemeente en Maatschappelijke instelling 1', 'Wijk Oost']);
  });

  it('gives new, safe, distinct ids and links the werkplaats to the new result ids (in its order)', () => {
    const { analyses, workshop } = anonymous();
    const ids = [...analyses.map((a) => a.id), workshop.id, ...workshop.actions.map((a) => a.id), ...analyses.flatMap((a) => a.actions.map((x) => x.id))];
    expect(ids.every((id) => isSafeId(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => originalIds.includes(id))).toEqual([]);
    expect(analyses.every((a) => /^an-[a-z0-9]{20}$/.test(a.id))).toBe(true);
    expect(workshop.id).toMatch(/^ws-[a-z0-9]{20}$/);
    // linde, gemeente, (not on this device: left out), welzijn
    expect(workshop.resultIds).toEqual([at(analyses, 2).id, at(analyses, 0).id, at(analyses, 1).id]);
    expect(at(file.workshops, 0).resultIds).toEqual(workshop.resultIds);
    expect(at(file.workshops, 0).resultIds.every((id) => file.results.some((r) => r.id === id))).toBe(true);
  });

  it('leaves notes out and empties "who", keeps "what" and "when" with party names replaced', () => {
    const { analyses, workshop } = anonymous();
    expect(workshop.notes).toEqual({});
    expect(analyses.map((a) => a.notes)).toEqual([{}, {}, {}]);
    expect(workshop.actions.map(({ kenmerkId, what, who, when }) => ({ kenmerkId, what, who, when }))).toEqual([
      { kenmerkId: 'io-practice', what: 'Gezamenlijke visiesessie plannen', who: '', when: 'voor de zomer' },
      { kenmerkId: 'va-burgers', what: 'Terugkoppeling aan Maatschappelijke instelling 1', who: '', when: '' },
    ]);
    expect(analyses.map((a) => a.actions.map((x) => [x.what, x.who, x.when]))).toEqual([
      [['Bewonersavond met Gemeente', '', 'Q3']],
      [['Bewonersavond met Maatschappelijke instelling 1', '', 'Q3']],
      [['Bewonersavond met Maatschappelijke instelling 2', '', 'Q3']],
    ]);
    // A place name is not a party name: "Oosterveld" stays, "Welzijn Oost" does not.
    expect(workshop.name).toBe('Werkplaats Oosterveld met Maatschappelijke instelling 1 (zonder namen)');
  });

  it('keeps answers, earlier answers, dates and mode, so every score is the same', () => {
    const { analyses, workshop } = anonymous();
    originals.forEach((original, i) => {
      const copy = at(analyses, i);
      expect(copy.answers).toEqual(original.answers);
      expect(scoreAnalysis(bank, copy.answers)).toEqual(scoreAnalysis(bank, original.answers));
      expect([copy.createdAt, copy.updatedAt, copy.mode, copy.bankId, copy.bankVersion]).toEqual([original.createdAt, original.updatedAt, original.mode, original.bankId, original.bankVersion]);
      expect(copy.areaIndex).toBe(0);
      expect(copy.exportedAt).toBeUndefined();
      expect(copy.importedAt).toBeUndefined();
    });
    expect(at(analyses, 1).earlier).toEqual(welzijn.earlier);
    expect(at(analyses, 0).earlier).toBeUndefined();
    expect([workshop.createdAt, workshop.updatedAt, workshop.exportedAt]).toEqual([werkplaats.createdAt, werkplaats.updatedAt, undefined]);
    // And after reading the file back: the same scores, the earlier answers still there.
    const read = imported(text);
    read.results.forEach((r, i) => expect(scoreAnalysis(bank, r.answers)).toEqual(scoreAnalysis(bank, at(originals, i).answers)));
    expect((JSON.parse(text) as { results: { earlier?: unknown }[] }).results.map((r) => r.earlier)).toEqual([undefined, welzijn.earlier, undefined]);
  });

  it('imported beside the named originals only adds: no result is present already, none conflicts', () => {
    const named = imported(serializeResultFile(buildResultFile(originals, bank, 'test', NOW, { workshops: [werkplaats] })));
    const local = new Map(named.results.map((a) => [a.id, a]));
    const read = imported(text);
    const plan = planImport(local, read.results);
    expect(plan.conflicts).toEqual([]);
    expect(plan.present).toEqual([]);
    expect(plan.add.map((a) => a.id)).toEqual(read.results.map((a) => a.id));
    expect(plan.add.map((a) => a.party.name)).toEqual(labels.parties);
    // The werkplaats is a new one too, and all its results are in the file.
    const [copy] = read.workshops;
    expect(copy?.id).not.toBe(werkplaats.id);
    expect(named.workshops.map((w) => w.id)).not.toContain(copy?.id);
    expect(copy?.resultIds.every((id) => read.results.some((r) => r.id === id))).toBe(true);
  });

  it('does not change its inputs and is repeatable with the same random source', () => {
    const before = structuredClone({ originals, werkplaats });
    const frozen = deepFreeze(structuredClone({ originals, werkplaats }));
    const once = anonymizeForExport(frozen.originals, frozen.werkplaats, labels, {}, seeded(3));
    expect({ originals, werkplaats }).toEqual(before);
    expect(anonymizeForExport(frozen.originals, frozen.werkplaats, labels, {}, seeded(3))).toEqual(once);
    expect(anonymizeForExport(frozen.originals, frozen.werkplaats, labels, {}, seeded(4)).workshop.id).not.toBe(once.workshop.id);
  });

  it('still gives distinct safe ids with a random source that always says the same', () => {
    const { analyses, workshop } = anonymizeForExport(originals, werkplaats, labels, {}, () => 0.5);
    const ids = [...analyses.map((a) => a.id), workshop.id, ...workshop.actions.map((a) => a.id), ...analyses.flatMap((a) => a.actions.map((x) => x.id))];
    expect(ids.every((id) => isSafeId(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(imported(serializeResultFile(buildResultFile(analyses, bank, 'test', NOW, { workshops: [workshop] }))).results).toHaveLength(3);
  });

  it('names the file "zonder namen" and without any party name', () => {
    const copy = anonymous();
    const { name } = namedResultFile(copy.analyses, bank, 'test', NOW, { workshops: [copy.workshop], anonymous: true });
    expect(name).toBe('bondgenoten-werkplaats-3-resultaten-2026-11-03-zonder-namen.json');
    const one = anonymizeForExport([linde], { ...werkplaats, resultIds: [linde.id] }, { parties: ['Maatschappelijke instelling'], workshopName: (n) => n }, {}, seeded(1));
    const single = namedResultFile(one.analyses, bank, 'test', NOW, { workshops: [one.workshop], anonymous: true }).name;
    expect(single).toBe('bondgenoten-werkplaats-wijk-oost-maatschappelijke-instelling-2026-11-03-zonder-namen.json');
  });

  it('a blank label still gives a readable, importable file', () => {
    const copy = anonymizeForExport(originals, werkplaats, { parties: ['', '  '], workshopName: () => '' }, {}, seeded(2));
    expect(copy.analyses.map((a) => a.party.name)).toEqual(['—', '—', '—']);
    expect(copy.workshop.name).toBe('—');
    expect(imported(serializeResultFile(buildResultFile(copy.analyses, bank, 'test', NOW, { workshops: [copy.workshop] }))).results).toHaveLength(3);
  });
});

describe('anonymous export with the explicit choices', () => {
  it('keeps "who" only when chosen, with the known party names replaced', () => {
    const { analyses, workshop } = anonymous({ keepWho: true });
    expect(workshop.actions.map((a) => a.who)).toEqual(['Anna Bakker (Gemeente)', 'Maatschappelijke instelling 1']);
    expect(analyses.map((a) => at(a.actions, 0).who)).toEqual(['Wethouder Karin Smit', 'Team Maatschappelijke instelling 1', 'Mevrouw De Boer']);
    expect(analyses.every((a) => Object.keys(a.notes).length === 0)).toBe(true);
  });

  it('keeps notes only when chosen, with the known party names replaced (other names are the user\'s choice)', () => {
    const { analyses, workshop } = anonymous({ keepNotes: true });
    expect(workshop.notes).toEqual({ 'io-practice': 'Maatschappelijke instelling 2 neemt het voortouw.' });
    expect(at(analyses, 0).notes).toEqual({ 'io-practice': 'Afgestemd met Piet Jansen.', 'va-burgers': 'Vooral Gemeente moet hier iets mee.' });
    expect(analyses.flatMap((a) => a.actions).every((a) => a.who === '')).toBe(true);
    // Only names the app knows are replaced: "de Linde" alone is not "Zorggroep De Linde" (that is
    // why notes stay out unless the user chooses them).
    expect(at(analyses, 2).notes['io-practice']).toBe('Met de Linde-locaties praten.');
  });

  it('with both kept, the file still has no id, level or known party name, and imports as additions only', () => {
    const text = fileText({ keepNotes: true, keepWho: true });
    for (const value of [...originalIds, ...partyNames]) expect(text.toLowerCase()).not.toContain(value.toLowerCase());
    expect(text).not.toContain('"level"');
    const plan = planImport(new Map(originals.map((a) => [a.id, a])), imported(text).results);
    expect([plan.add.length, plan.present.length, plan.conflicts.length]).toEqual([3, 0, 0]);
  });
});
