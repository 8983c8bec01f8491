import { scoreAnalysis, meanOf } from '../scoring/scoreAnalysis';
import type { KenmerkScore, KenmerkStatus } from '../scoring/scoreKenmerk';
import type { Analysis } from '../analysis';
import type { Bank } from '../bank/types';

/** What one party said about one kenmerk, for the room: its score, and how much it did not know. */
export interface PartyView {
  /** The party's score; null when it has none or when it is *onbekend* (then it does not count). */
  score: number | null;
  status: KenmerkStatus;
  /** "x van n weet ik niet". */
  unknown: number;
  total: number;
}

/** One kenmerk over several parties: each party's view, mean, min, max and range. */
export interface KenmerkSpread {
  kenmerkId: string;
  /** Per party (in the order given): its score, or null (none, or *onbekend*). */
  values: (number | null)[];
  /** Per party: score, status and how many statements it answered "weet ik niet". */
  views: PartyView[];
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min over the parties with a score; null with fewer than two such parties. */
  range: number | null;
  /** How many parties the mean and range run over (those with a score that is not *onbekend*). */
  counted: number;
  /** How many parties are *onbekend* on this kenmerk. */
  onbekend: number;
  /** A verschil van inzicht: range at or above the bank's threshold. */
  verschil: boolean;
  /** Two or more parties do not know: not knowing together is a finding too. */
  samenOnbekend: boolean;
}

/** The comparison of several parties. No party is ranked: parties stay in the order given. */
export interface Comparison {
  parties: { id: string; kenmerken: KenmerkScore[] }[];
  kenmerken: KenmerkSpread[];
  /** The kenmerken where perspectives differ most, largest range first. */
  verschillen: KenmerkSpread[];
  /**
   * The agenda for the discussion: the verschillen (largest range first), then the kenmerken where
   * two or more parties are *onbekend* (most such parties first), each kenmerk once.
   */
  agenda: KenmerkSpread[];
}

/**
 * Compares the scores of several analyses per kenmerk. A party that is *onbekend* on a kenmerk
 * (half or more "weet ik niet") is shown as such and left out of that kenmerk's mean and range.
 */
export function compareResults(bank: Bank, analyses: readonly Analysis[]): Comparison {
  const parties = analyses.map((a) => ({ id: a.id, kenmerken: scoreAnalysis(bank, a.answers).kenmerken }));
  const ids = bank.areas.flatMap((a) => a.kenmerken.map((k) => k.id));
  const kenmerken = ids.map((kenmerkId, i): KenmerkSpread => {
    const views = parties.map((p): PartyView => {
      const k = p.kenmerken[i];
      const status = k?.status ?? 'open';
      return { score: status === 'onbekend' ? null : (k?.score ?? null), status, unknown: k?.unknown ?? 0, total: k?.total ?? 0 };
    });
    const values = views.map((v) => v.score);
    const present = values.filter((v): v is number => v !== null);
    const min = present.length > 0 ? Math.min(...present) : null;
    const max = present.length > 0 ? Math.max(...present) : null;
    const range = present.length >= 2 && min !== null && max !== null ? max - min : null;
    const onbekend = views.filter((v) => v.status === 'onbekend').length;
    return {
      kenmerkId,
      values,
      views,
      mean: meanOf(values),
      min,
      max,
      range,
      counted: present.length,
      onbekend,
      verschil: range !== null && range >= bank.thresholds.verschilRange - 1e-9,
      samenOnbekend: onbekend >= 2,
    };
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  const byBank = (a: KenmerkSpread, b: KenmerkSpread) => (order.get(a.kenmerkId) ?? 0) - (order.get(b.kenmerkId) ?? 0);
  const verschillen = kenmerken.filter((k) => k.verschil).sort((a, b) => (b.range ?? 0) - (a.range ?? 0) || byBank(a, b));
  const unknownTogether = kenmerken.filter((k) => k.samenOnbekend && !k.verschil).sort((a, b) => b.onbekend - a.onbekend || byBank(a, b));
  return { parties, kenmerken, verschillen, agenda: [...verschillen, ...unknownTogether] };
}
