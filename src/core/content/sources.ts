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
      /** The publication's own chapters and sections, by the line where each starts (ascending, the first at line 1). */
      sections: v.pipe(
        v.array(v.object({ from: v.pipe(v.number(), v.integer(), v.minValue(1)), heading: v.optional(v.number()), label: text })),
        v.minLength(1),
      ),
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

/** What a user reads for a citation: the publication's title and the chapter or section. */
export interface Citation {
  title: string;
  section: { nl: string; en: string };
}

/**
 * The publication and section a citation falls in (by the line where its range starts), or null
 * when the publication is not in the list. Line numbers stay in the data; users see this.
 */
export function citationOf(sources: Sources, ref: { seed: string; from: number }): Citation | null {
  const publication = sources.publications.find((p) => p.seed === ref.seed);
  if (!publication) return null;
  let section = publication.sections[0]!;
  for (const s of publication.sections) if (s.from <= ref.from) section = s;
  return { title: publication.title, section: section.label };
}
