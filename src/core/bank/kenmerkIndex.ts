import type { Area, Bank, Kenmerk } from './types';

/** A kenmerk with its area and its number on the diagram (1-based, bank order). */
export interface IndexedKenmerk {
  kenmerk: Kenmerk;
  area: Area;
  number: number;
}

/** Looks up kenmerken by id, with their area and axis number. */
export function indexKenmerken(bank: Bank): Map<string, IndexedKenmerk> {
  const map = new Map<string, IndexedKenmerk>();
  let number = 0;
  for (const area of bank.areas) {
    for (const kenmerk of area.kenmerken) {
      number += 1;
      map.set(kenmerk.id, { kenmerk, area, number });
    }
  }
  return map;
}
