import type { Bank } from '../bank/types';
import type { Answers } from '../analysis';
import { scoreKenmerk, type KenmerkScore } from './scoreKenmerk';

/** The score of one area: the mean of its kenmerk scores (summary only). */
export interface AreaScore {
  areaId: string;
  score: number | null;
  kenmerken: KenmerkScore[];
}

/** All scores of one analysis. */
export interface AnalysisScores {
  areas: AreaScore[];
  /** The 17 kenmerken in bank order: the axes of the diagram. */
  kenmerken: KenmerkScore[];
  witteVlekken: KenmerkScore[];
}

/** Mean of the numbers that are present; null when none is. */
export function meanOf(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

/** Scores a whole analysis against its bank. */
export function scoreAnalysis(bank: Bank, answers: Answers): AnalysisScores {
  const areas = bank.areas.map((area) => {
    const kenmerken = area.kenmerken.map((k) => scoreKenmerk(k, answers, bank.thresholds));
    return { areaId: area.id, score: meanOf(kenmerken.map((k) => k.score)), kenmerken };
  });
  const kenmerken = areas.flatMap((a) => a.kenmerken);
  return { areas, kenmerken, witteVlekken: kenmerken.filter((k) => k.witteVlek) };
}
