import { describe, expect, it } from 'vitest';
import { createAnalysis, type Analysis } from '../../src/core/analysis';
import { describeDifference } from '../../src/core/compare/describeDifference';
import { sameContent } from '../../src/core/compare/planImport';

const T0 = new Date('2026-11-01T10:00:00.000Z');
const base = (): Analysis => ({
  ...createAnalysis({ party: { name: 'Gemeente Oost', role: 'gemeente' }, mode: 'alone', partnership: 'Oost' }, { id: 'bg-zelfanalyse', version: '2.0.0' }, 'an-one', T0),
  answers: { 'io-practice-1': 4, 'io-practice-2': 'unknown', 'io-practice-3': 2 },
  notes: { 'io-practice': 'Let op' },
  actions: [{ id: 'ac-one', kenmerkId: 'io-practice', what: 'Plan', who: 'Wie', when: 'Q1' }],
});
const at = (a: Analysis, iso: string): Analysis => ({ ...a, updatedAt: iso });

describe('describeDifference', () => {
  it('finds nothing but the time when only the time differs', () => {
    const local = base();
    const incoming = at(base(), '2026-11-02T10:00:00.000Z');
    expect(sameContent(local, incoming)).toBe(false); // a conflict all the same
    expect(describeDifference(local, incoming)).toEqual({
      answersDiffer: 0,
      answered: { local: 3, incoming: 3 },
      newer: 'incoming',
      notesDiffer: false,
      actionsDiffer: false,
      detailsDiffer: false,
    });
  });

  it('counts answers that differ, including those given in one version only', () => {
    const local = base();
    const incoming = { ...base(), answers: { 'io-practice-1': 1, 'io-practice-2': 'unknown' as const, 'io-practice-4': 5, 'io-practice-5': 'unknown' as const } };
    const d = describeDifference(local, incoming);
    // io-practice-1 changed, -3 only here, -4 and -5 only in the file; -2 is the same "weet ik niet".
    expect(d.answersDiffer).toBe(4);
    expect(d.answered).toEqual({ local: 3, incoming: 4 });
    expect(describeDifference(incoming, local).answersDiffer).toBe(4); // symmetric
  });

  it('says which version was changed last', () => {
    const local = at(base(), '2026-11-03T09:00:00.000Z');
    expect(describeDifference(local, at(base(), '2026-11-02T09:00:00.000Z')).newer).toBe('local');
    expect(describeDifference(local, at(base(), '2026-11-04T09:00:00.000Z')).newer).toBe('incoming');
    expect(describeDifference(local, at(base(), '2026-11-03T09:00:00.000Z')).newer).toBe('same');
  });

  it('notices notes, actions and details that differ, but not the order of actions', () => {
    const local = base();
    expect(describeDifference(local, { ...base(), notes: {} }).notesDiffer).toBe(true);
    expect(describeDifference(local, { ...base(), notes: { 'io-practice': 'Let op!' } }).notesDiffer).toBe(true);
    const two = [...base().actions, { id: 'ac-two', kenmerkId: 'io-practice', what: 'Meer', who: '', when: '' }];
    expect(describeDifference({ ...base(), actions: two }, { ...base(), actions: [...two].reverse() }).actionsDiffer).toBe(false);
    expect(describeDifference(local, { ...base(), actions: two }).actionsDiffer).toBe(true);
    expect(describeDifference(local, { ...base(), actions: [{ ...base().actions[0]!, who: 'Iemand anders' }] }).actionsDiffer).toBe(true);
    expect(describeDifference(local, { ...base(), partnership: 'West' }).detailsDiffer).toBe(true);
    expect(describeDifference(local, { ...base(), party: { name: 'Gemeente Oost', role: 'gemeente', level: 'bestuur' } }).detailsDiffer).toBe(true);
    expect(describeDifference(local, base())).toMatchObject({ notesDiffer: false, actionsDiffer: false, detailsDiffer: false });
  });

  it('does not change its arguments', () => {
    const local = base();
    const incoming = { ...base(), answers: {} };
    const before = JSON.stringify([local, incoming]);
    describeDifference(local, incoming);
    expect(JSON.stringify([local, incoming])).toBe(before);
  });
});
