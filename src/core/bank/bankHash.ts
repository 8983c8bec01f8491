import type { Bank } from './types';

/** cyrb53: a small, fast, well-spread 53-bit string hash (not for security). */
function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * A hash of what scoring depends on: the areas, kenmerken and statement ids in order, the scale
 * values and the thresholds. Two banks with the same hash score the same answers the same way.
 */
export function bankHash(bank: Bank): string {
  const shape = {
    areas: bank.areas.map((a) => [a.id, a.kenmerken.map((k) => [k.id, k.statements.map((s) => s.id)])]),
    scale: bank.scale.points.map((p) => p.value),
    thresholds: [bank.thresholds.witteVlekBelow, bank.thresholds.onbekendShare, bank.thresholds.verschilRange],
  };
  return `c53-${cyrb53(JSON.stringify(shape))}`;
}
