import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBank } from './helpers';
import type { BankRole } from '../../src/core/bank/types';

const bank = loadBank();
const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
const ROLES: BankRole[] = ['gemeente', 'instelling', 'burger'];
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

function seedLines(seed: string): number | null {
  const dir = SEEDS.pathname;
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).find((f) => f.startsWith(`${seed}_`));
  return file ? readFileSync(`${dir}/${file}`, 'utf8').split('\n').length : null;
}

describe('guidance in the bank (issue: from scores to a next step)', () => {
  it.each(kenmerken.map((k) => [k.id, k] as const))('%s has, per role, reflection questions or a stated reason why not', (_, k) => {
    for (const role of ROLES) {
      const questions = k.reflection?.[role] ?? [];
      const reason = k.noReflection?.[role];
      expect(questions.length > 0 || Boolean(reason?.nl && reason.en), `${k.id} / ${role}`).toBe(true);
      for (const q of questions) {
        expect(q.text.nl.trim()).not.toBe('');
        expect(q.text.en.trim()).not.toBe('');
        expect(q.source.length).toBeGreaterThan(0);
      }
    }
  });

  it.each(kenmerken.map((k) => [k.id, k] as const))('%s has at least one piece of advice, in both languages, with a source', (_, k) => {
    const advice = k.advice ?? [];
    expect(advice.length).toBeGreaterThan(0);
    for (const a of advice) {
      expect(a.title.nl && a.title.en && a.text.nl && a.text.en).toBeTruthy();
      expect(a.source.length).toBeGreaterThan(0);
    }
  });

  it('every source reference of reflection and advice names a seed and a line range that exists', (ctx) => {
    if (seedLines('001') === null) ctx.skip(); // stated reason: ../shared/seeds is not beside this checkout
    const refs = kenmerken.flatMap((k) => [
      ...(k.advice ?? []).flatMap((a) => a.source),
      ...ROLES.flatMap((r) => (k.reflection?.[r] ?? []).flatMap((q) => q.source)),
    ]);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of refs) {
      const lines = seedLines(ref.seed);
      expect(lines, ref.seed).not.toBeNull();
      expect(ref.from).toBeLessThanOrEqual(ref.to);
      expect(ref.to).toBeLessThanOrEqual(lines ?? 0);
    }
  });
});
