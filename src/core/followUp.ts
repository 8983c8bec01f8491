import { createAnalysis, type Analysis } from './analysis';
import { scoreAnalysis } from './scoring/scoreAnalysis';
import type { Bank } from './bank/types';

/** The most measurements followed back (a guard against a broken chain in a hostile file). */
export const SERIES_MAX = 20;

/**
 * A follow-up measurement ("herhaalmeting") of `earlier`: the same party, role, level, mode and
 * partnership; answers empty (never prefilled); linked to the earlier one by `follows`.
 */
export function startFollowUp(earlier: Analysis, bank: { id: string; version: string }, id: string, now: Date): Analysis {
  const party = { name: earlier.party.name, role: earlier.party.role, ...(earlier.party.level ? { level: earlier.party.level } : {}) };
  return { ...createAnalysis({ party, mode: earlier.mode, partnership: earlier.partnership }, bank, id, now), follows: earlier.id };
}

/**
 * The measurements of one party, oldest first, ending with `current`: each earlier one found by
 * `follows` among `known`. Stops at a missing link, a loop, or SERIES_MAX.
 */
export function measurementSeries(current: Analysis, known: ReadonlyMap<string, Analysis>): Analysis[] {
  const series = [current];
  const seen = new Set([current.id]);
  let link = current.follows;
  while (link && !seen.has(link) && series.length < SERIES_MAX) {
    const earlier = known.get(link);
    if (!earlier) break;
    series.unshift(earlier);
    seen.add(link);
    link = earlier.follows;
  }
  return series;
}

/** What changed on one kenmerk between two measurements. */
export interface KenmerkChange {
  kenmerkId: string;
  before: number | null;
  after: number | null;
  /** after − before; null when either has no score. */
  delta: number | null;
  wasWitteVlek: boolean;
  isWitteVlek: boolean;
}

/** Per kenmerk, in bank order: the scores before and after, the difference, and the witte vlekken on both sides. */
export function changesSince(bank: Bank, earlier: Analysis, current: Analysis): KenmerkChange[] {
  const before = scoreAnalysis(bank, earlier.answers).kenmerken;
  const after = scoreAnalysis(bank, current.answers).kenmerken;
  return after.map((a, i) => {
    const b = before[i];
    const delta = a.score !== null && b?.score != null ? a.score - b.score : null;
    return { kenmerkId: a.kenmerkId, before: b?.score ?? null, after: a.score, delta, wasWitteVlek: b?.witteVlek ?? false, isWitteVlek: a.witteVlek };
  });
}
