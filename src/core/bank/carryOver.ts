import type { Analysis, Answers } from '../analysis';
import type { Bank, BankRole } from './types';

/** Answers given with an earlier version of the bank that have no place in this one: kept, never scored. */
export interface EarlierAnswers {
  bankVersion: string;
  answers: Answers;
}

/**
 * The statement ids of `bank` whose answers, given with `version` by a party of `role`, still
 * count: the same version counts all; the previous version only the statements carried over with
 * the same meaning (and not for a role whose wording then measured something else); any other
 * version none.
 */
export function countingIds(bank: Bank, version: string, role: string): Set<string> {
  const statements = bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements));
  if (version === bank.version) return new Set(statements.map((s) => s.id));
  if (version !== bank.previousVersion) return new Set();
  return new Set(statements.filter((s) => s.carriedOver && !s.carriedOver.except.includes(role as BankRole)).map((s) => s.id));
}

/**
 * The analysis as one of `bank`'s version: answers that keep their meaning stay; every other
 * answer moves, unchanged, to `earlier` (kept in the record and in files, never scored).
 * `moved` says how many answers belong to an earlier version. Same version: only an answer to a
 * statement the bank does not have moves (a changed copy of the bank).
 */
export function toBankVersion(analysis: Analysis, bank: Bank): { analysis: Analysis; moved: number } {
  const counting = countingIds(bank, analysis.bankVersion, analysis.party.role);
  const answers: Answers = {};
  const earlier: Answers = { ...analysis.earlier?.answers };
  for (const [id, value] of Object.entries(analysis.answers)) {
    if (counting.has(id)) answers[id] = value;
    else earlier[id] = value;
  }
  const moved = Object.keys(earlier).length;
  if (analysis.bankVersion === bank.version && moved === earlierCount(analysis)) return { analysis, moved };
  const next: Analysis = { ...analysis, bankVersion: bank.version, answers };
  if (moved > 0) next.earlier = { bankVersion: analysis.earlier?.bankVersion ?? analysis.bankVersion, answers: earlier };
  else delete next.earlier;
  return { analysis: next, moved };
}

/** How many of the analysis's answers belong to an earlier version of the bank (kept, not scored). */
export function earlierCount(analysis: Analysis): number {
  return Object.keys(analysis.earlier?.answers ?? {}).length;
}
