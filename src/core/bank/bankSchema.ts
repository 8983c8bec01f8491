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
const perRole = <T extends v.GenericSchema>(item: T) =>
  v.object({ gemeente: v.optional(item), instelling: v.optional(item), burger: v.optional(item) });

const statement = v.object({
  id,
  aspect: v.picklist(['proces', 'inhoud']),
  text,
  roleText: v.optional(perRole(text)),
  source: sources,
});
const reflectionQuestion = v.object({ text, source: sources });
const advice = v.object({ id, title: text, text, source: sources });
const kenmerk = v.object({
  id,
  label: text,
  shortLabel: text,
  explanation: text,
  source: sources,
  statements: v.pipe(v.array(statement), v.minLength(2), v.maxLength(4)),
  reflection: v.optional(perRole(v.array(reflectionQuestion))),
  noReflection: v.optional(perRole(text)),
  advice: v.optional(v.array(advice)),
});
const area = v.object({
  id,
  label: text,
  question: text,
  source: sources,
  color: v.pipe(v.string(), v.regex(/^#[0-9a-f]{6}$/)),
  kenmerken: v.pipe(v.array(kenmerk), v.minLength(1)),
});

/** The valibot schema for a whole bank. */
export const bankSchema = v.object({
  id,
  version: v.pipe(v.string(), v.regex(/^[0-9]+\.[0-9]+\.[0-9]+$/)),
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
