import { scoreAnalysis, meanOf } from '../scoring/scoreAnalysis';
import type { KenmerkScore } from '../scoring/scoreKenmerk';
import type { Analysis } from '../analysis';
import type { Bank } from '../bank/types';

/** One kenmerk over several parties: each party's score (null = none), mean, min, max and range. */
export interface KenmerkSpread {
  kenmerkId: string;
  values: (number | null)[];
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min over the parties with a score; null with fewer than two such parties. */
  range: number | null;
  /** A verschil van inzicht: range at or above the bank's threshold. */
  verschil: boolean;
}

/** The comparison of several parties. No party is ranked: parties stay in the order given. */
export interface Comparison {
  parties: { id: string; kenmerken: KenmerkScore[] }[];
  kenmerken: KenmerkSpread[];
  /** The kenmerken where perspectives differ most, largest range first: the discussion agenda. */
  verschillen: KenmerkSpread[];
}

/** Compares the scores of several analyses per kenmerk. */
export function compareResults(bank: Bank, analyses: readonly Analysis[]): Comparison {
  const parties = analyses.map((a) => ({ id: a.id, kenmerken: scoreAnalysis(bank, a.answers).kenmerken }));
  const ids = bank.areas.flatMap((a) => a.kenmerken.map((k) => k.id));
  const kenmerken = ids.map((kenmerkId, i): KenmerkSpread => {
    const values = parties.map((p) => p.kenmerken[i]?.score ?? null);
    const present = values.filter((v): v is number => v !== null);
    const min = present.length > 0 ? Math.min(...present) : null;
    const max = present.length > 0 ? Math.max(...present) : null;
    const range = present.length >= 2 && min !== null && max !== null ? max - min : null;
    return { kenmerkId, values, mean: meanOf(values), min, max, range, verschil: range !== null && range >= bank.thresholds.verschilRange - 1e-9 };
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  const verschillen = kenmerken
    .filter((k) => k.verschil)
    .sort((a, b) => (b.range ?? 0) - (a.range ?? 0) || (order.get(a.kenmerkId) ?? 0) - (order.get(b.kenmerkId) ?? 0));
  return { parties, kenmerken, verschillen };
}
