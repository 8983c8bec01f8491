import type { Analysis } from '../../core/analysis';

/**
 * The parties in a fixed order — by when each result was made, then by id — so a party keeps its
 * colour, dash and marker (and its number key) whatever order they were chosen or imported in:
 * on the compare page, in the werkplaats, in the presentation and in print.
 */
export function inPartyOrder(analyses: readonly Analysis[]): Analysis[] {
  return [...analyses].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
