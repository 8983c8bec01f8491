import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changesSince, measurementSeries, SERIES_MAX, startFollowUp } from '../../src/core/followUp';
import { parseResultFile } from '../../src/core/resultFile/readFile';
import { namedResultFile } from '../../src/core/resultFile/writeFile';
import { loadBank } from './helpers';
import type { Analysis } from '../../src/core/analysis';

const bank = loadBank();
const read = (name: string) => {
  const parsed = parseResultFile(readFileSync(new URL(`../fixtures/files/${name}`, import.meta.url), 'utf8'), bank);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value.results;
};

describe('herhaalmeting (issue 17)', () => {
  const [baseline, followUp] = read('v2-follow-up.json') as [Analysis, Analysis];

  it('a follow-up copies party, role, level, mode and partnership, starts empty, and is linked to the earlier one', () => {
    const next = startFollowUp(baseline, bank, 'an-nieuwemeting00000001', new Date('2026-01-05T10:00:00Z'));
    expect(next.party).toEqual(baseline.party);
    expect([next.mode, next.partnership]).toEqual([baseline.mode, baseline.partnership]);
    expect(next.answers).toEqual({});
    expect(next.notes).toEqual({});
    expect(next.follows).toBe(baseline.id);
    expect(next.bankVersion).toBe(bank.version);
  });

  it('the link travels in the file format: the fixture reads with it, and writing and reading keeps it', () => {
    expect(followUp.follows).toBe(baseline.id);
    const again = parseResultFile(namedResultFile([baseline, followUp], bank, 'test', new Date()).text, bank);
    expect(again.ok && again.value.results.map((a) => a.follows)).toEqual([undefined, baseline.id]);
  });

  it('an older file without the field still imports (no link), and a hostile link is refused', () => {
    expect(read('v2-one-result.json')[0]!.follows).toBeUndefined();
    const text = readFileSync(new URL('../fixtures/files/v2-follow-up.json', import.meta.url), 'utf8').replace(`"follows": "${baseline.id}"`, '"follows": "__proto__"');
    const parsed = parseResultFile(text, bank);
    expect(parsed.ok).toBe(false);
  });

  it('the series goes back through the links, oldest first, and stops at a loop or a missing link', () => {
    const third = { ...startFollowUp(followUp, bank, 'an-derdemeting000000003', new Date('2026-02-01T10:00:00Z')) };
    const known = new Map([baseline, followUp, third].map((a) => [a.id, a]));
    expect(measurementSeries(third, known).map((a) => a.id)).toEqual([baseline.id, followUp.id, third.id]);
    const loop = new Map(known);
    loop.set(baseline.id, { ...baseline, follows: third.id });
    expect(measurementSeries(third, loop).map((a) => a.id)).toEqual([baseline.id, followUp.id, third.id]);
    expect(measurementSeries(followUp, new Map()).map((a) => a.id)).toEqual([followUp.id]);
    expect(SERIES_MAX).toBeGreaterThanOrEqual(3);
  });

  it('changes per kenmerk: the difference, and the witte vlekken that came and went', () => {
    const changes = changesSince(bank, baseline, followUp);
    expect(changes).toHaveLength(17);
    for (const c of changes) {
      if (c.before !== null && c.after !== null) expect(c.delta).toBeCloseTo(c.after - c.before, 10);
      else expect(c.delta).toBeNull();
    }
    expect(changes.some((c) => (c.delta ?? 0) > 0)).toBe(true);
  });
});
