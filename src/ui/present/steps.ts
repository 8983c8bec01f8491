import type { Bank } from '../../core/bank/types';

/** One screen of the presentation. */
export type Step =
  | { kind: 'overview' }
  | { kind: 'area'; areaIndex: number }
  | { kind: 'verschillen' }
  | { kind: 'kenmerk'; kenmerkId: string };

/** The order the facilitator steps through: overview, each area, the differences, each kenmerk. */
export function presentationSteps(bank: Bank): Step[] {
  return [
    { kind: 'overview' },
    ...bank.areas.map((_, areaIndex): Step => ({ kind: 'area', areaIndex })),
    { kind: 'verschillen' },
    ...bank.areas.flatMap((a) => a.kenmerken.map((k): Step => ({ kind: 'kenmerk', kenmerkId: k.id }))),
  ];
}
