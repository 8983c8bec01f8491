import type { Bank } from '../bank/types';
import type { AnswerValue } from '../analysis';

/** True when `value` is a valid answer in this bank: a scale value or "weet ik niet". */
export function isValidAnswer(bank: Pick<Bank, 'scale'>, value: unknown): value is AnswerValue {
  if (value === 'unknown') return true;
  return typeof value === 'number' && bank.scale.points.some((p) => p.value === value);
}

/** All statement ids of the bank, in order. */
export function statementIds(bank: Pick<Bank, 'areas'>): string[] {
  return bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements.map((s) => s.id)));
}
