/** Safe id: two lower-case letters, then up to six `-part` groups. Never `__proto__`, `constructor` or the like. */
export const SAFE_ID = /^[a-z]{2}(-[a-z0-9]+){0,6}$/;

/** Maximum length of a safe id. */
export const SAFE_ID_MAX = 48;

/** True when `value` is a safe id (usable as an object key without prototype surprises). */
export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SAFE_ID_MAX && SAFE_ID.test(value);
}

/** A new id: a two-letter prefix and 20 base-36 characters of randomness. Always a safe id. */
function newId(prefix: string, random: () => number): string {
  let s = '';
  for (let i = 0; i < 20; i += 1) s += Math.floor(random() * 36).toString(36);
  return `${prefix}-${s}`;
}

/** Analysis ids: `an-` and 20 random base-36 characters. */
export function newAnalysisId(random: () => number = Math.random): string {
  return newId('an', random);
}

/** Action ids: `ac-` and 20 random base-36 characters. */
export function newActionId(random: () => number = Math.random): string {
  return newId('ac', random);
}

/** Werkplaats (workshop) ids: `ws-` and 20 random base-36 characters. */
export function newWorkshopId(random: () => number = Math.random): string {
  return newId('ws', random);
}
