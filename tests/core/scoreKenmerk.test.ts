import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreKenmerk, type KenmerkStatus } from '../../src/core/scoring/scoreKenmerk';
import type { AnswerValue, Answers } from '../../src/core/analysis';
import { THRESHOLDS, kenmerk } from './helpers';

const four = kenmerk('xx-four', ['xx-a', 'xx-b', 'xx-c', 'xx-d']);
const two = kenmerk('xx-two', ['xx-p', 'xx-q']);

interface Case {
  name: string;
  k: typeof four;
  answers: Answers;
  score: number | null;
  status: KenmerkStatus;
  rated: number;
  unknown: number;
}

const cases: Case[] = [
  { name: 'mean of all four rated', k: four, answers: { 'xx-a': 5, 'xx-b': 4, 'xx-c': 4, 'xx-d': 5 }, score: 4.5, status: 'ok', rated: 4, unknown: 0 },
  { name: 'mean of the rated ones only (one unanswered)', k: four, answers: { 'xx-a': 5, 'xx-b': 4, 'xx-c': 3 }, score: 4, status: 'ok', rated: 3, unknown: 0 },
  { name: "'unknown' is left out of the mean", k: four, answers: { 'xx-a': 5, 'xx-b': 'unknown', 'xx-c': 4 }, score: 4.5, status: 'ok', rated: 2, unknown: 1 },
  { name: 'nothing answered → no score, open (never 0)', k: four, answers: {}, score: null, status: 'open', rated: 0, unknown: 0 },
  { name: 'one unknown of four, nothing rated → open', k: four, answers: { 'xx-a': 'unknown' }, score: null, status: 'open', rated: 0, unknown: 1 },
  { name: 'exactly half unknown (2 of 4) → onbekend', k: four, answers: { 'xx-a': 'unknown', 'xx-b': 'unknown', 'xx-c': 2, 'xx-d': 2 }, score: 2, status: 'onbekend', rated: 2, unknown: 2 },
  { name: 'exactly half unknown (1 of 2) → onbekend', k: two, answers: { 'xx-p': 'unknown', 'xx-q': 4 }, score: 4, status: 'onbekend', rated: 1, unknown: 1 },
  { name: 'onbekend wins over a high score', k: four, answers: { 'xx-a': 'unknown', 'xx-b': 'unknown', 'xx-c': 5, 'xx-d': 5 }, score: 5, status: 'onbekend', rated: 2, unknown: 2 },
  { name: 'three of four unknown → onbekend', k: four, answers: { 'xx-a': 'unknown', 'xx-b': 'unknown', 'xx-c': 'unknown', 'xx-d': 5 }, score: 5, status: 'onbekend', rated: 1, unknown: 3 },
  { name: 'all unknown → onbekend without score', k: four, answers: { 'xx-a': 'unknown', 'xx-b': 'unknown', 'xx-c': 'unknown', 'xx-d': 'unknown' }, score: null, status: 'onbekend', rated: 0, unknown: 4 },
  { name: 'less than half unknown, low score → laag', k: four, answers: { 'xx-a': 'unknown', 'xx-b': 1, 'xx-c': 2, 'xx-d': 3 }, score: 2, status: 'laag', rated: 3, unknown: 1 },
  { name: 'score exactly 3.0 → ok, not a witte vlek', k: four, answers: { 'xx-a': 1, 'xx-b': 5, 'xx-c': 2, 'xx-d': 4 }, score: 3, status: 'ok', rated: 4, unknown: 0 },
  { name: 'score exactly 3.0 from two statements → ok', k: two, answers: { 'xx-p': 2, 'xx-q': 4 }, score: 3, status: 'ok', rated: 2, unknown: 0 },
  { name: 'score just below 3 → laag', k: two, answers: { 'xx-p': 3, 'xx-q': 2.9999999 }, score: (3 + 2.9999999) / 2, status: 'laag', rated: 2, unknown: 0 },
  { name: 'answers of other kenmerken are ignored', k: two, answers: { 'xx-a': 1, 'xx-b': 'unknown', 'xx-p': 4 }, score: 4, status: 'ok', rated: 1, unknown: 0 },
  { name: 'NaN and ±Infinity are ignored', k: four, answers: { 'xx-a': Number.NaN, 'xx-b': Infinity, 'xx-c': -Infinity, 'xx-d': 4 }, score: 4, status: 'ok', rated: 1, unknown: 0 },
  { name: 'only non-finite values → open', k: two, answers: { 'xx-p': Number.NaN, 'xx-q': Infinity }, score: null, status: 'open', rated: 0, unknown: 0 },
  {
    name: 'own __proto__ / constructor keys (from JSON) do not count',
    k: two,
    answers: JSON.parse('{"__proto__": "unknown", "constructor": 1, "toString": "unknown", "xx-p": 4}') as Answers,
    score: 4, status: 'ok', rated: 1, unknown: 0,
  },
  {
    name: 'inherited properties do not count',
    k: four,
    answers: Object.assign(Object.create({ 'xx-a': 1, 'xx-b': 'unknown', 'xx-c': 'unknown' }) as Answers, { 'xx-d': 5 }),
    score: 5, status: 'ok', rated: 1, unknown: 0,
  },
  { name: 'a prototype-less answers object works', k: two, answers: Object.assign(Object.create(null) as Answers, { 'xx-p': 2, 'xx-q': 2 }), score: 2, status: 'laag', rated: 2, unknown: 0 },
  {
    name: 'values that are not answers (strings, null) are ignored',
    k: four,
    answers: { 'xx-a': '5', 'xx-b': null, 'xx-c': 'Unknown', 'xx-d': 3 } as unknown as Answers,
    score: 3, status: 'ok', rated: 1, unknown: 0,
  },
];

describe('scoreKenmerk', () => {
  it.each(cases)('$name', ({ k, answers, score, status, rated, unknown }) => {
    const result = scoreKenmerk(k, answers, THRESHOLDS);
    expect(result).toEqual({
      kenmerkId: k.id,
      score,
      rated,
      unknown,
      total: k.statements.length,
      status,
      witteVlek: status === 'laag' || status === 'onbekend',
    });
  });

  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['xx-a'];
  });

  it('ignores a polluted Object.prototype', () => {
    Object.defineProperty(Object.prototype, 'xx-a', { value: 1, configurable: true, writable: true });
    const result = scoreKenmerk(four, { 'xx-b': 4 }, THRESHOLDS);
    expect(result).toMatchObject({ score: 4, rated: 1, status: 'ok' });
  });

  it('uses the thresholds it is given, not fixed numbers', () => {
    const strict = { ...THRESHOLDS, witteVlekBelow: 4, onbekendShare: 0.25 };
    expect(scoreKenmerk(two, { 'xx-p': 3, 'xx-q': 4 }, strict).status).toBe('laag');
    expect(scoreKenmerk(four, { 'xx-a': 'unknown', 'xx-b': 5 }, strict).status).toBe('onbekend');
    expect(scoreKenmerk(four, { 'xx-a': 'unknown', 'xx-b': 5 }, THRESHOLDS).status).toBe('ok');
  });

  it('does not change the answers it reads', () => {
    const answers: Answers = { 'xx-a': 1, 'xx-b': 'unknown' };
    const before = structuredClone(answers);
    scoreKenmerk(four, Object.freeze(answers), THRESHOLDS);
    expect(answers).toEqual(before);
  });
});

const ids = ['xx-a', 'xx-b', 'xx-c', 'xx-d'];
const answerArb: fc.Arbitrary<AnswerValue | undefined> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.constant<AnswerValue>('unknown'),
  fc.constantFrom(Number.NaN, Infinity, -Infinity),
  fc.constant(undefined),
);

describe('scoreKenmerk (properties)', () => {
  it('score lies within the rated values, and witteVlek is exactly laag or onbekend', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(answerArb, { minLength: 4, maxLength: 4 }), (n, values) => {
        const k = kenmerk('xx-prop', ids.slice(0, n));
        const answers: Answers = {};
        values.forEach((value, i) => {
          if (value !== undefined) answers[ids[i] ?? 'xx-none'] = value;
        });
        const mine = values.slice(0, n);
        const rated = mine.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
        const unknown = mine.filter((v) => v === 'unknown').length;
        const result = scoreKenmerk(k, answers, THRESHOLDS);

        expect(result.rated).toBe(rated.length);
        expect(result.unknown).toBe(unknown);
        if (rated.length === 0) expect(result.score).toBeNull();
        else {
          expect(result.score).not.toBeNull();
          expect(result.score).toBeGreaterThanOrEqual(Math.min(...rated));
          expect(result.score).toBeLessThanOrEqual(Math.max(...rated));
        }
        expect(result.witteVlek).toBe(result.status === 'laag' || result.status === 'onbekend');
        expect(result.status === 'onbekend').toBe(unknown * 2 >= n);
        if (result.status !== 'onbekend') {
          const expected = result.score === null ? 'open' : result.score < 3 ? 'laag' : 'ok';
          expect(result.status).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});
