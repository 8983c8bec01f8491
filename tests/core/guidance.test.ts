import { describe, expect, it } from 'vitest';
import { loadBank } from './helpers';
import type { BankRole } from '../../src/core/bank/types';

const bank = loadBank();
const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
const ROLES: BankRole[] = ['gemeente', 'instelling', 'burger'];
describe('guidance in the bank (issue: from scores to a next step)', () => {
  it.each(kenmerken.map((k) => [k.id, k] as const))('%s has reflection questions for every role', (_, k) => {
    for (const role of ROLES) {
      const questions = k.reflection[role];
      expect(questions.length, `${k.id} / ${role}`).toBeGreaterThan(0);
      for (const q of questions) {
        expect(q.text.nl.trim()).not.toBe('');
        expect(q.text.en.trim()).not.toBe('');
        expect(q.source.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(kenmerken.map((k) => [k.id, k] as const))('%s has at least one piece of advice, in both languages, with a source', (_, k) => {
    const advice = k.advice;
    expect(advice.length).toBeGreaterThan(0);
    for (const a of advice) {
      expect(a.title.nl && a.title.en && a.text.nl && a.text.en).toBeTruthy();
      expect(a.source.length).toBeGreaterThan(0);
    }
  });
});
