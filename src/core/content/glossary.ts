import * as v from 'valibot';
import { SAFE_ID, SAFE_ID_MAX } from '../ids';
import { fail, ok, type Result } from '../result';
import type { Lang, LocalText, SourceRef } from '../bank/types';

/** One glossary entry. */
export interface Term {
  id: string;
  term: LocalText;
  /** Lower-case word forms by which the term is recognised in running text. */
  matches: { nl: string[]; en: string[] };
  definition: LocalText;
  source: SourceRef[];
}

/** The glossary (questions/glossary.json). */
export interface Glossary {
  id: string;
  version: string;
  terms: Term[];
}

const text = v.object({ nl: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)), en: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)) });
const words = v.pipe(v.array(v.pipe(v.string(), v.minLength(2), v.maxLength(80))), v.minLength(1));
const schema = v.object({
  id: v.pipe(v.string(), v.maxLength(SAFE_ID_MAX), v.regex(SAFE_ID)),
  version: v.string(),
  terms: v.array(
    v.object({
      id: v.pipe(v.string(), v.maxLength(SAFE_ID_MAX), v.regex(SAFE_ID)),
      term: text,
      matches: v.object({ nl: words, en: words }),
      definition: text,
      source: v.pipe(
        v.array(v.object({ seed: v.picklist(['000', '001', '002', '003', '004']), from: v.pipe(v.number(), v.integer()), to: v.pipe(v.number(), v.integer()) })),
        v.minLength(1),
      ),
    }),
  ),
});

/** Checks unknown data as a glossary. */
export function validateGlossary(data: unknown): Result<Glossary, string[]> {
  const parsed = v.safeParse(schema, data);
  return parsed.success ? ok(parsed.output) : fail(parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`));
}

/** A piece of running text: plain, or a glossary term (linked to its entry). */
export type TextPart = { text: string; termId?: string };

/**
 * Splits a text so that the first occurrence of each glossary term becomes its own part. Longer
 * matches win over shorter ones at the same place; matches are whole words, case-insensitive.
 */
export function linkTerms(input: string, terms: readonly Term[], lang: Lang): TextPart[] {
  const forms = terms
    .flatMap((t) => t.matches[lang].map((form) => ({ form: form.toLowerCase(), id: t.id })))
    .sort((a, b) => b.form.length - a.form.length);
  const lower = input.toLowerCase();
  const taken: { start: number; end: number; id: string }[] = [];
  const used = new Set<string>();
  const isWordEdge = (i: number) => i < 0 || i >= lower.length || !/[\p{L}\p{N}]/u.test(lower[i] ?? '');
  for (const { form, id } of forms) {
    if (used.has(id)) continue;
    let at = lower.indexOf(form);
    while (at !== -1) {
      const end = at + form.length;
      const free = taken.every((t) => end <= t.start || at >= t.end);
      if (free && isWordEdge(at - 1) && isWordEdge(end)) {
        taken.push({ start: at, end, id });
        used.add(id);
        break;
      }
      at = lower.indexOf(form, at + 1);
    }
  }
  taken.sort((a, b) => a.start - b.start);
  const parts: TextPart[] = [];
  let pos = 0;
  for (const t of taken) {
    if (t.start > pos) parts.push({ text: input.slice(pos, t.start) });
    parts.push({ text: input.slice(t.start, t.end), termId: t.id });
    pos = t.end;
  }
  if (pos < input.length) parts.push({ text: input.slice(pos) });
  return parts;
}
