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

/** The first statement of an area without an answer, or null when all are answered. */
export function firstOpenStatement(area: Area, answers: Answers): string | null {
  for (const k of area.kenmerken) for (const s of k.statements) if (!Object.hasOwn(answers, s.id)) return s.id;
  return null;
}

/** About how long one statement takes to read and answer, and one kenmerk's explanation to read (seconds). */
const SECONDS_PER_STATEMENT = 15;
const SECONDS_PER_KENMERK = 20;

/** The size of the questionnaire, from the bank: statements, areas, and about how many minutes (a multiple of 5). */
export function questionnaireSize(bank: Bank): { statements: number; areas: number; minutes: number } {
  const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
  const statements = kenmerken.reduce((n, k) => n + k.statements.length, 0);
  const seconds = statements * SECONDS_PER_STATEMENT + kenmerken.length * SECONDS_PER_KENMERK;
  return { statements, areas: bank.areas.length, minutes: Math.max(5, Math.round(seconds / 60 / 5) * 5) };
}
