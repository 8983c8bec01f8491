import type { Lang } from './bank/types';

/** A score with one decimal in the user's language ("3,5" in Dutch), or null for no score. */
export function formatScore(score: number | null, lang: Lang): string | null {
  if (score === null) return null;
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(score);
}

/** A day in the user's language: "2 december 2026" (long) or "2 dec 2026" (medium). */
export function formatDay(when: string | Date, lang: Lang, style: 'long' | 'medium' = 'long'): string {
  return new Date(when).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: style });
}

/** One raw answer as shown beside a statement: the scale value, the "weet ik niet" label, or "—". */
export function formatAnswer(value: number | 'unknown' | undefined, unknownLabel: string): string {
  return value === undefined ? '—' : value === 'unknown' ? unknownLabel : String(value);
}
