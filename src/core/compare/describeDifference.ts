import type { Action, Analysis } from '../analysis';

/**
 * What differs between the version of a result on this device (`local`) and the version with the
 * same id in a file (`incoming`), in the terms a facilitator decides on.
 */
export interface Difference {
  /** Statements answered differently, including those answered in one version only. */
  answersDiffer: number;
  /** How many statements each version has an answer for ("weet ik niet" counts as an answer). */
  answered: { local: number; incoming: number };
  /** Which version was changed last; 'same' when both carry the same time of change. */
  newer: 'local' | 'incoming' | 'same';
  notesDiffer: boolean;
  actionsDiffer: boolean;
  /** Name, party (name, role, level), way of filling in or partnership label differ. */
  detailsDiffer: boolean;
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

const own = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** The number of keys whose values differ between two records (a key in one record only counts). */
function differingKeys(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): number {
  let count = 0;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!own(a, key) || !own(b, key) || a[key] !== b[key]) count++;
  }
  return count;
}

/** An action as text with its fields in a fixed order, so that key order never counts as a change. */
const actionKey = (a: Action): string => JSON.stringify([a.id, a.kenmerkId, a.what, a.who, a.when]);

function sameActions(a: readonly Action[], b: readonly Action[]): boolean {
  if (a.length !== b.length) return false;
  const left = a.map(actionKey).sort();
  const right = b.map(actionKey).sort();
  return left.every((key, i) => key === right[i]);
}

/** What differs between the local and the incoming version of one result. Pure: reads only its arguments. */
export function describeDifference(local: Analysis, incoming: Analysis): Difference {
  const [l, i] = [time(local.updatedAt), time(incoming.updatedAt)];
  return {
    answersDiffer: differingKeys(local.answers, incoming.answers),
    answered: { local: Object.keys(local.answers).length, incoming: Object.keys(incoming.answers).length },
    newer: l > i ? 'local' : i > l ? 'incoming' : 'same',
    notesDiffer: differingKeys(local.notes, incoming.notes) > 0,
    actionsDiffer: !sameActions(local.actions, incoming.actions),
    detailsDiffer:
      local.name !== incoming.name ||
      local.party.name !== incoming.party.name ||
      local.party.role !== incoming.party.role ||
      (local.party.level ?? '') !== (incoming.party.level ?? '') ||
      local.mode !== incoming.mode ||
      local.partnership !== incoming.partnership,
  };
}
