import type { Bank } from '../../core/bank/types';
import type { Comparison } from '../../core/compare/compareResults';

/** One screen of the presentation. */
export type Step =
  | { kind: 'overview' }
  | { kind: 'area'; areaIndex: number }
  | { kind: 'agenda' }
  | { kind: 'kenmerk'; kenmerkId: string; onAgenda: boolean }
  | { kind: 'closing' };

/**
 * The order the facilitator steps through: overview, each area, the agenda (verschillen van
 * inzicht, largest first, then kenmerken two or more parties do not know), each agenda kenmerk,
 * the other kenmerken in bank order, and a closing slide with the agreed actions.
 */
export function presentationSteps(bank: Bank, comparison: Comparison): Step[] {
  const agenda = comparison.agenda.map((k) => k.kenmerkId);
  const rest = bank.areas.flatMap((a) => a.kenmerken.map((k) => k.id)).filter((id) => !agenda.includes(id));
  return [
    { kind: 'overview' },
    ...bank.areas.map((_, areaIndex): Step => ({ kind: 'area', areaIndex })),
    { kind: 'agenda' },
    ...agenda.map((kenmerkId): Step => ({ kind: 'kenmerk', kenmerkId, onAgenda: true })),
    ...rest.map((kenmerkId): Step => ({ kind: 'kenmerk', kenmerkId, onAgenda: false })),
    { kind: 'closing' },
  ];
}
