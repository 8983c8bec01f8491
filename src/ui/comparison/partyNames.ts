import { formatDay } from '../../core/format';
import type { Analysis } from '../../core/analysis';
import type { Lang } from '../../core/bank/types';

/**
 * Display names for the parties, as plain text (the screens show each in `<UserText>`, or
 * `isolate()` it inside a sentence); a party that appears twice (baseline and follow-up) gets its date.
 */
export function partyNames(analyses: Analysis[], lang: Lang): string[] {
  const count = new Map<string, number>();
  analyses.forEach((a) => count.set(a.party.name, (count.get(a.party.name) ?? 0) + 1));
  const date = (iso: string) => formatDay(iso, lang, 'medium');
  return analyses.map((a) => ((count.get(a.party.name) ?? 0) > 1 ? `${a.party.name} (${date(a.createdAt)})` : a.party.name));
}
