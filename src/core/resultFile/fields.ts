import { isSafeId } from '../ids';
import { cleanText } from '../text';

/** What is wrong with a field, for a message in words. */
export type FieldProblem =
  | 'missing'
  | 'wrong'
  | 'too-long'
  | 'too-many'
  | 'blank'
  | 'unknown'
  | 'duplicate'
  | 'not-a-date'
  | 'impossible-date'
  | 'before-2000'
  | 'in-the-future';

/** A field that failed its check: where it is, what is wrong, and (for limits) how many against the most allowed. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly problem: FieldProblem = 'wrong',
    readonly detail: { count?: number; limit?: number; value?: string } = {},
  ) {
    super(`invalid field ${field}: ${problem}`);
  }
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only: inherited ones (and prototype tricks) never count. */
export function own(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A string of at most `max` characters, cleaned of bidirectional and other control characters. */
export function text(value: unknown, field: string, max: number, optional = false): string {
  if (value === undefined && optional) return '';
  if (value === undefined) throw new FieldError(field, 'missing');
  if (typeof value !== 'string') throw new FieldError(field, 'wrong');
  if (value.length > max) throw new FieldError(field, 'too-long', { count: value.length, limit: max });
  return cleanText(value);
}

/** A safe id. */
export function id(value: unknown, field: string): string {
  if (value === undefined) throw new FieldError(field, 'missing');
  if (!isSafeId(value)) throw new FieldError(field, 'wrong');
  return value;
}

/** One of the allowed values. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (value === undefined) throw new FieldError(field, 'missing');
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new FieldError(field, 'wrong');
  return value as T;
}

/** An array of at most `max` items. */
export function list(value: unknown, field: string, max: number): unknown[] {
  if (!Array.isArray(value)) throw new FieldError(field, value === undefined ? 'missing' : 'wrong');
  if (value.length > max) throw new FieldError(field, 'too-many', { count: value.length, limit: max });
  return value;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The number of days in a month of a year (month 1–12), leap years included. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * An ISO 8601 date-time (UTC) of a real calendar day, from 2000 on and at most a day after `now`,
 * returned in the one canonical form (with milliseconds). `Date.parse` alone would turn 30
 * February into 2 March.
 */
export function isoDate(value: unknown, field: string, now: Date): string {
  if (value === undefined) throw new FieldError(field, 'missing');
  const match = typeof value === 'string' ? ISO.exec(value) : null;
  if (!match) throw new FieldError(field, 'not-a-date');
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const shown = (value as string).slice(0, 10);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    throw new FieldError(field, 'impossible-date', { value: shown });
  }
  if (year < 2000) throw new FieldError(field, 'before-2000', { value: shown });
  const time = Date.parse(value as string);
  if (time > now.getTime() + DAY_MS) throw new FieldError(field, 'in-the-future', { value: shown });
  return new Date(time).toISOString();
}

/** An object whose keys are all safe ids, as [key, value] pairs (own keys only). */
export function idEntries(value: unknown, field: string, max: number): [string, unknown][] {
  if (!isRecord(value)) throw new FieldError(field, value === undefined ? 'missing' : 'wrong');
  const keys = Object.keys(value);
  if (keys.length > max) throw new FieldError(field, 'too-many', { count: keys.length, limit: max });
  return keys.map((key) => {
    if (!isSafeId(key)) throw new FieldError(`${field}.${cleanText(key).slice(0, 40)}`, 'unknown');
    return [key, value[key]];
  });
}
