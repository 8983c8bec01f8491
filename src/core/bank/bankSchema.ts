import * as v from 'valibot';
import { SAFE_ID, SAFE_ID_MAX } from '../ids';

/** Runtime schema of a question bank (mirrors questions/bank.schema.json). */
const id = v.pipe(v.string(), v.maxLength(SAFE_ID_MAX), v.regex(SAFE_ID));
const text = v.object({
  nl: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
  en: v.pipe(v.string(), v.minLength(1), v.maxLength(1000)),
});
const source = v.object({
  seed: v.picklist(['000', '001', '002', '003', '004']),
  from: v.pipe(v.number(), v.integer(), v.minValue(1)),
  to: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
const sources = v.pipe(v.array(source), v.minLength(1));
const role = v.picklist(['gemeente', 'instelling', 'burger']);
const perRole = <T extends v.GenericSchema>(item: T) => v.strictObject({ gemeente: item, instelling: item, burger: item });

const statement = v.strictObject({
  id,
  aspect: v.picklist(['proces', 'inhoud']),
  text,
  source: sources,
  carriedOver: v.optional(v.strictObject({ except: v.array(role) })),
});
const aspect = v.strictObject({
  id,
  text,
  source: sources,
  ratedBy: v.optional(v.pipe(v.array(id), v.minLength(1))),
  leftOut: v.optional(text),
});
const reflectionQuestion = v.strictObject({ text, source: sources, derived: v.optional(v.boolean()) });
const advice = v.strictObject({ id, title: text, text, roles: v.pipe(v.array(role), v.minLength(1)), source: sources });
const kenmerk = v.strictObject({
  id,
  label: text,
  explanation: text,
  source: sources,
  aspects: v.pipe(v.array(aspect), v.minLength(1)),
  statements: v.pipe(v.array(statement), v.minLength(2), v.maxLength(8)),
  reflection: perRole(v.pipe(v.array(reflectionQuestion), v.minLength(1))),
  advice: v.pipe(v.array(advice), v.minLength(1)),
});
const area = v.strictObject({
  id,
  label: text,
  question: text,
  source: sources,
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/)),
  kenmerken: v.pipe(v.array(kenmerk), v.minLength(1)),
});

/** The valibot schema for a whole bank. */
const version = v.pipe(v.string(), v.regex(/^[0-9]+\.[0-9]+\.[0-9]+$/));
export const bankSchema = v.object({
  id,
  version,
  previousVersion: v.optional(version),
  subject: v.strictObject({ gemeente: text, instelling: text, burger: text, anders: text }),
  title: text,
  intro: text,
  source: sources,
  scale: v.object({
    points: v.pipe(
      v.array(v.object({ value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)), label: text })),
      v.minLength(2),
      v.maxLength(10),
    ),
    unknown: v.object({ label: text }),
  }),
  thresholds: v.object({
    witteVlekBelow: v.pipe(v.number(), v.finite()),
    onbekendShare: v.pipe(v.number(), v.gtValue(0), v.maxValue(1)),
    verschilRange: v.pipe(v.number(), v.gtValue(0)),
  }),
  areas: v.pipe(v.array(area), v.minLength(1)),
});
