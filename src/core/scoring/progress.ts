import type { Area, Bank } from '../bank/types';
import type { Answers } from '../analysis';

/** How far the user is: answered (including "weet ik niet") out of total statements. */
export interface Progress {
  answered: number;
  total: number;
}

function countArea(area: Area, answers: Answers): Progress {
  const ids = area.kenmerken.flatMap((k) => k.statements.map((s) => s.id));
  return { answered: ids.filter((id) => Object.hasOwn(answers, id)).length, total: ids.length };
}

/** Progress per area, in bank order. */
export function areaProgress(bank: Bank, answers: Answers): Progress[] {
  return bank.areas.map((area) => countArea(area, answers));
}

/** Progress over the whole bank. */
export function totalProgress(bank: Bank, answers: Answers): Progress {
  return areaProgress(bank, answers).reduce(
    (sum, p) => ({ answered: sum.answered + p.answered, total: sum.total + p.total }),
    { answered: 0, total: 0 },
  );
}

/** Index of the first area with an unanswered statement, or -1 when all are answered. */
export function firstOpenArea(bank: Bank, answers: Answers): number {
  return areaProgress(bank, answers).findIndex((p) => p.answered < p.total);
}
