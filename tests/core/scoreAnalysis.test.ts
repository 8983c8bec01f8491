import { describe, expect, it } from 'vitest';
import { meanOf, scoreAnalysis } from '../../src/core/scoring/scoreAnalysis';
import type { Answers } from '../../src/core/analysis';
import type { Bank, Kenmerk } from '../../src/core/bank/types';
import { allStatementIds, at, loadBank } from './helpers';

const bank = loadBank();
const kenmerken = bank.areas.flatMap((a) => a.kenmerken);

/** Answers every statement of every kenmerk with `pick(statementIndex, kenmerk)`. */
function answerAll(b: Bank, pick: (index: number, k: Kenmerk) => number | 'unknown'): Answers {
  const answers: Answers = {};
  for (const k of b.areas.flatMap((a) => a.kenmerken)) k.statements.forEach((s, i) => (answers[s.id] = pick(i, k)));
  return answers;
}

describe('scoreAnalysis on the real bank', () => {
  it('has 17 kenmerken in 4 areas of 4/4/5/4, in bank order', () => {
    const scores = scoreAnalysis(bank, {});
    expect(scores.areas.map((a) => a.kenmerken.length)).toEqual([4, 4, 5, 4]);
    expect(scores.areas.map((a) => a.areaId)).toEqual(bank.areas.map((a) => a.id));
    expect(scores.kenmerken.map((k) => k.kenmerkId)).toEqual(kenmerken.map((k) => k.id));
    expect(scores.kenmerken).toHaveLength(17);
    expect(scores.kenmerken).toEqual(scores.areas.flatMap((a) => a.kenmerken));
  });

  it('with nothing answered: no scores, all open, no witte vlekken', () => {
    const scores = scoreAnalysis(bank, {});
    expect(scores.kenmerken.every((k) => k.score === null && k.status === 'open')).toBe(true);
    expect(scores.areas.map((a) => a.score)).toEqual([null, null, null, null]);
    expect(scores.witteVlekken).toEqual([]);
  });

  it('all answers 4 → every kenmerk 4.0, every area 4.0, no witte vlekken', () => {
    const scores = scoreAnalysis(bank, answerAll(bank, () => 4));
    expect(scores.kenmerken.map((k) => k.score)).toEqual(kenmerken.map(() => 4));
    expect(scores.kenmerken.every((k) => k.status === 'ok' && k.rated === k.total)).toBe(true);
    expect(scores.areas.map((a) => a.score)).toEqual([4, 4, 4, 4]);
    expect(scores.witteVlekken).toEqual([]);
  });

  it('first statement 1, the others 5 → (1 + 5·(n−1)) / n per kenmerk', () => {
    const scores = scoreAnalysis(bank, answerAll(bank, (i) => (i === 0 ? 1 : 5)));
    const expected = kenmerken.map((k) => (1 + 5 * (k.statements.length - 1)) / k.statements.length);
    scores.kenmerken.forEach((k, i) => expect(k.score).toBeCloseTo(at(expected, i), 12));
    expect(scores.witteVlekken).toEqual([]);
  });

  it('first statement 5, the others 1 → witte vlekken exactly where the mean is below 3', () => {
    const scores = scoreAnalysis(bank, answerAll(bank, (i) => (i === 0 ? 5 : 1)));
    const expected = kenmerken.map((k) => (5 + (k.statements.length - 1)) / k.statements.length);
    scores.kenmerken.forEach((k, i) => expect(k.score).toBeCloseTo(at(expected, i), 12));
    const low = kenmerken.filter((_, i) => at(expected, i) < 3).map((k) => k.id);
    expect(scores.witteVlekken.map((k) => k.kenmerkId)).toEqual(low);
    expect(scores.witteVlekken.every((k) => k.status === 'laag')).toBe(true);
  });

  it('area score = mean of the present kenmerk scores; a kenmerk without score is left out, not 0', () => {
    const answers: Answers = {};
    for (const area of bank.areas) {
      at(area.kenmerken, 0).statements.forEach((s) => (answers[s.id] = 2));
      at(area.kenmerken, 1).statements.forEach((s) => (answers[s.id] = 5));
    }
    const scores = scoreAnalysis(bank, answers);
    expect(scores.areas.map((a) => a.score)).toEqual([3.5, 3.5, 3.5, 3.5]);
    const open = scores.kenmerken.filter((k) => k.status === 'open');
    expect(open).toHaveLength(17 - 8);
    expect(scores.witteVlekken.map((k) => k.kenmerkId)).toEqual(bank.areas.map((a) => at(a.kenmerken, 0).id));
  });

  it('an onbekend kenmerk (all unknown) has no score and is left out of its area score', () => {
    const first = at(bank.areas, 0);
    const answers: Answers = {};
    at(first.kenmerken, 0).statements.forEach((s) => (answers[s.id] = 'unknown'));
    at(first.kenmerken, 1).statements.forEach((s) => (answers[s.id] = 3));
    const scores = scoreAnalysis(bank, answers);
    const area = at(scores.areas, 0);
    expect(area.score).toBe(3);
    expect(at(area.kenmerken, 0)).toMatchObject({ score: null, status: 'onbekend', witteVlek: true });
    expect(scores.witteVlekken.map((k) => k.kenmerkId)).toEqual([at(first.kenmerken, 0).id]);
  });

  it('the bank thresholds are used (a stricter bank finds more witte vlekken)', () => {
    const answers = answerAll(bank, () => 3);
    expect(scoreAnalysis(bank, answers).witteVlekken).toEqual([]);
    const strict: Bank = { ...bank, thresholds: { ...bank.thresholds, witteVlekBelow: 3.5 } };
    expect(scoreAnalysis(strict, answers).witteVlekken).toHaveLength(17);
  });

  it('answers for ids outside the bank change nothing', () => {
    const base = answerAll(bank, (i) => (i % 2 === 0 ? 2 : 4));
    const withExtra: Answers = { ...base, 'zz-elsewhere': 1, 'zz-other': 'unknown' };
    expect(scoreAnalysis(bank, withExtra)).toEqual(scoreAnalysis(bank, base));
    expect(Object.keys(base)).toHaveLength(allStatementIds(bank).length);
  });
});

describe('meanOf', () => {
  it.each<[string, (number | null)[], number | null]>([
    ['empty list', [], null],
    ['only nulls', [null, null], null],
    ['one value', [2.5], 2.5],
    ['zero is a value, not a gap', [0], 0],
    ['zero and null', [0, null, 4], 2],
    ['nulls are left out', [1, null, 3], 2],
    ['plain mean', [1, 2, 3, 4], 2.5],
    ['negative values', [-1, 1], 0],
  ])('%s', (_name, values, expected) => {
    expect(meanOf(values)).toBe(expected);
  });

  it('does not change its input', () => {
    const values = Object.freeze([3, null, 5]);
    expect(meanOf(values)).toBe(4);
    expect(values).toEqual([3, null, 5]);
  });
});
