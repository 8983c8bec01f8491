import type { Kenmerk, Thresholds } from '../bank/types';
import type { Answers } from '../analysis';

/**
 * What a kenmerk's answers say.
 * - `onbekend`: half or more "weet ik niet" (a blind spot in itself), whatever the score;
 * - `laag`: a score below the witte-vlek threshold;
 * - `open`: no score yet (nothing rated): drawn as a gap, never as 0;
 * - `ok`: a score at or above the threshold.
 */
export type KenmerkStatus = 'onbekend' | 'laag' | 'open' | 'ok';

/** The score of one kenmerk. */
export interface KenmerkScore {
  kenmerkId: string;
  /** Mean of the rated statements, or null when none is rated. */
  score: number | null;
  rated: number;
  unknown: number;
  total: number;
  status: KenmerkStatus;
  /** A witte vlek: `laag` or `onbekend`. */
  witteVlek: boolean;
}

/** Scores one kenmerk: the mean of its rated statements; "weet ik niet" counts towards onbekend, not the mean. */
export function scoreKenmerk(kenmerk: Kenmerk, answers: Answers, thresholds: Thresholds): KenmerkScore {
  let sum = 0;
  let rated = 0;
  let unknown = 0;
  for (const statement of kenmerk.statements) {
    const answer = Object.hasOwn(answers, statement.id) ? answers[statement.id] : undefined;
    if (answer === 'unknown') unknown += 1;
    else if (typeof answer === 'number' && Number.isFinite(answer)) {
      sum += answer;
      rated += 1;
    }
  }
  const total = kenmerk.statements.length;
  const score = rated > 0 ? sum / rated : null;
  const status: KenmerkStatus =
    total > 0 && unknown / total >= thresholds.onbekendShare
      ? 'onbekend'
      : score === null
        ? 'open'
        : score < thresholds.witteVlekBelow
          ? 'laag'
          : 'ok';
  return { kenmerkId: kenmerk.id, score, rated, unknown, total, status, witteVlek: status === 'onbekend' || status === 'laag' };
}
