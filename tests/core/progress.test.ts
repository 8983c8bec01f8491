import { describe, expect, it } from 'vitest';
import { areaProgress, firstOpenArea, totalProgress } from '../../src/core/scoring/progress';
import type { Answers } from '../../src/core/analysis';
import type { Area } from '../../src/core/bank/types';
import { allStatementIds, at, loadBank } from './helpers';

const bank = loadBank();
const areaIds = (area: Area) => area.kenmerken.flatMap((k) => k.statements.map((s) => s.id));
const totals = bank.areas.map((a) => areaIds(a).length);
const grandTotal = totals.reduce((a, b) => a + b, 0);
const last = bank.areas.length - 1;

function answer(ids: readonly string[], value: number | 'unknown' = 3, into: Answers = {}): Answers {
  for (const id of ids) into[id] = value;
  return into;
}

describe('progress', () => {
  it('nothing answered: 0 of each area, first open area is 0', () => {
    expect(areaProgress(bank, {})).toEqual(totals.map((total) => ({ answered: 0, total })));
    expect(totalProgress(bank, {})).toEqual({ answered: 0, total: grandTotal });
    expect(firstOpenArea(bank, {})).toBe(0);
  });

  it("'unknown' counts as answered", () => {
    const answers = answer(areaIds(at(bank.areas, 0)), 'unknown');
    expect(at(areaProgress(bank, answers), 0)).toEqual({ answered: at(totals, 0), total: at(totals, 0) });
    expect(totalProgress(bank, answers).answered).toBe(at(totals, 0));
    expect(firstOpenArea(bank, answers)).toBe(1);
  });

  it('everything answered (scale values and unknown mixed): complete, no open area', () => {
    const answers: Answers = {};
    allStatementIds(bank).forEach((id, i) => (answers[id] = i % 3 === 0 ? 'unknown' : (i % 5) + 1));
    expect(areaProgress(bank, answers)).toEqual(totals.map((total) => ({ answered: total, total })));
    expect(totalProgress(bank, answers)).toEqual({ answered: grandTotal, total: grandTotal });
    expect(firstOpenArea(bank, answers)).toBe(-1);
  });

  it('counts a partly answered area exactly', () => {
    const ids = areaIds(at(bank.areas, 1));
    const answers = answer(ids.slice(0, 3));
    expect(at(areaProgress(bank, answers), 1)).toEqual({ answered: 3, total: ids.length });
    expect(totalProgress(bank, answers)).toEqual({ answered: 3, total: grandTotal });
  });

  it('the first open area is the first with a gap, even when later areas are complete', () => {
    const answers = answer(areaIds(at(bank.areas, 0)));
    answer(areaIds(at(bank.areas, 2)), 5, answers);
    expect(firstOpenArea(bank, answers)).toBe(1);
  });

  it('one statement left in the last area → that area is open', () => {
    const ids = allStatementIds(bank);
    const answers = answer(ids.slice(0, -1));
    expect(firstOpenArea(bank, answers)).toBe(last);
    expect(totalProgress(bank, answers)).toEqual({ answered: grandTotal - 1, total: grandTotal });
  });

  it('ids outside the bank and inherited properties do not count', () => {
    const first = at(allStatementIds(bank), 0);
    const inherited = Object.create(answer(allStatementIds(bank))) as Answers;
    inherited['zz-elsewhere'] = 4;
    expect(totalProgress(bank, inherited).answered).toBe(0);
    expect(totalProgress(bank, { 'zz-elsewhere': 4, [first]: 'unknown' }).answered).toBe(1);
  });

  it('totalProgress is the sum of areaProgress', () => {
    const answers = answer(allStatementIds(bank).filter((_, i) => i % 2 === 0));
    const perArea = areaProgress(bank, answers);
    expect(totalProgress(bank, answers)).toEqual({
      answered: perArea.reduce((n, p) => n + p.answered, 0),
      total: grandTotal,
    });
    expect(perArea.every((p) => p.answered <= p.total)).toBe(true);
  });
});
