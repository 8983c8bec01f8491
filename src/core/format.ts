import type { Lang } from './bank/types';

/** A score with one decimal in the user's language ("3,5" in Dutch), or null for no score. */
export function formatScore(score: number | null, lang: Lang): string | null {
  if (score === null) return null;
  return new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(score);
}
