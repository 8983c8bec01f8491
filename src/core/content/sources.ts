import * as v from 'valibot';
import { fail, ok, type Result } from '../result';

const text = v.object({ nl: v.string(), en: v.string() });
const schema = v.object({
  note: text,
  publications: v.array(
    v.object({
      seed: v.picklist(['000', '001', '002', '003', '004']),
      title: v.string(),
      authors: v.string(),
      publisher: v.string(),
      date: text,
      about: text,
      usedFor: text,
    }),
  ),
});

/** The publications the app draws on (questions/sources.json). */
export type Sources = v.InferOutput<typeof schema>;

/** Checks unknown data as the sources list. */
export function validateSources(data: unknown): Result<Sources, string[]> {
  const parsed = v.safeParse(schema, data);
  return parsed.success ? ok(parsed.output) : fail(parsed.issues.map((i) => i.message));
}
