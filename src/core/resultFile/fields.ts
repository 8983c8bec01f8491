import { isSafeId } from '../ids';

/** A field that failed its check: the path, for the message. */
export class FieldError extends Error {
  constructor(readonly field: string) {
    super(`invalid field ${field}`);
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

/** A string of at most `max` characters (control characters other than newline and tab removed). */
export function text(value: unknown, field: string, max: number, optional = false): string {
  if (value === undefined && optional) return '';
  if (typeof value !== 'string' || value.length > max) throw new FieldError(field);
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** A safe id. */
export function id(value: unknown, field: string): string {
  if (!isSafeId(value)) throw new FieldError(field);
  return value;
}

/** One of the allowed values. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw new FieldError(field);
  return value as T;
}

/** An ISO 8601 date-time (UTC) that parses, returned in the one canonical form (with milliseconds). */
export function isoDate(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value) || !Number.isFinite(Date.parse(value))) {
    throw new FieldError(field);
  }
  return new Date(value).toISOString();
}

/** An object whose keys are all safe ids, as [key, value] pairs (own keys only). */
export function idEntries(value: unknown, field: string, max: number): [string, unknown][] {
  if (!isRecord(value)) throw new FieldError(field);
  const keys = Object.keys(value);
  if (keys.length > max) throw new FieldError(field);
  return keys.map((key) => {
    const shown = key.slice(0, 40);
    if (!isSafeId(key)) throw new FieldError(`${field}.${shown}`);
    return [key, value[key]];
  });
}
