import { describe, expect, it } from 'vitest';
import { createAnalysis, nameIsBlank, withName } from '../../src/core/analysis';
import { createWorkshop, withoutWorkshopAction, withResults, withWorkshopAction, withWorkshopName } from '../../src/core/workshop';
import { buildResultFile, serializeResultFile } from '../../src/core/resultFile/writeFile';
import { parseResultFile } from '../../src/core/resultFile/readFile';
import { loadBank, withAnswer } from './helpers';

const bank = loadBank();
const T0 = new Date('2026-11-01T10:00:00.000Z');
const T1 = new Date('2026-11-02T10:00:00.000Z');
const party = (id: string, name: string) =>
  withAnswer(createAnalysis({ party: { name, role: 'gemeente' }, mode: 'alone', partnership: 'Oost' }, bank, id, T0), 'io-practice-1', 4, T0);

describe('werkplaats model', () => {
  it('keeps results in order without duplicates or unsafe ids', () => {
    const w = withResults(createWorkshop('  Oost  ', 'ws-one', T0), ['an-b', 'an-a', 'an-b', '__proto__'], T1);
    expect(w.name).toBe('Oost');
    expect(w.resultIds).toEqual(['an-b', 'an-a']);
    expect(w.updatedAt).toBe(T1.toISOString());
  });

  it('actions and names change without touching the input', () => {
    const w0 = createWorkshop('Oost', 'ws-one', T0);
    const w1 = withWorkshopAction(w0, { id: 'ac-one', kenmerkId: 'io-practice', what: ' Plan ', who: '', when: '' }, T1);
    expect(w0.actions).toEqual([]);
    expect(w1.actions).toEqual([{ id: 'ac-one', kenmerkId: 'io-practice', what: 'Plan', who: '', when: '' }]);
    expect(withWorkshopAction(w1, { id: 'ac-two', kenmerkId: 'io-practice', what: '   ', who: '', when: '' }, T1)).toBe(w1); // no "what": nothing added
    expect(withoutWorkshopAction(w1, 'ac-one', T1).actions).toEqual([]);
    expect(withWorkshopName(w1, '   ', T1)).toBe(w1);
  });
});

describe('a name that shows nothing (issue 12, point 3)', () => {
  const invisible = ['\u200b\u200b', '\u200d\ufeff\u2060', '\u202e\u2069', ' \u00a0 '];

  it.each(invisible)('%j is blank, so forms refuse it with a message', (name) => {
    expect(nameIsBlank(name)).toBe(true);
  });

  it('a name with letters, or only an emoji, is not blank', () => {
    expect(nameIsBlank('Oost')).toBe(false);
    expect(nameIsBlank('\u200bOost\u200b')).toBe(false);
    expect(nameIsBlank('🌳')).toBe(false);
  });

  it.each(invisible)('a werkplaats is not made with the name %j (it used to be named "—")', (name) => {
    expect(() => createWorkshop(name, 'ws-one', T0)).toThrow('a werkplaats needs a name');
  });

  it.each(invisible)('renaming a werkplaats or an analysis to %j changes nothing', (name) => {
    const w = createWorkshop('Oost', 'ws-one', T0);
    expect(withWorkshopName(w, name, T1)).toBe(w);
    const a = party('an-aa', 'Gemeente Oost');
    expect(withName(a, name, T1)).toBe(a);
  });

  it('a werkplaats in a file whose name is invisible refuses the file, naming the werkplaats and the field', () => {
    const a = party('an-aa', 'Gemeente Oost');
    const file = buildResultFile([a], bank, 'test', T1, { workshops: [createWorkshop('Oost', 'ws-one', T0)] }) as unknown as { workshops: Record<string, unknown>[] };
    file.workshops.push({ ...file.workshops[0], id: 'ws-two', name: '\u200b\u200d\ufeff' });
    const read = parseResultFile(JSON.stringify(file), bank);
    expect(read.ok ? 'ok' : read.error).toEqual({ code: 'invalid-workshop', workshop: 2, field: 'name', problem: 'blank' });
  });
});

describe('werkplaats in the result file', () => {
  const a = party('an-aa', 'Gemeente Oost');
  const b = party('an-bb', 'Welzijn Oost');
  const w = withWorkshopAction(withResults(createWorkshop('Oost', 'ws-one', T0), ['an-aa', 'an-bb', 'an-gone'], T1), { id: 'ac-one', kenmerkId: 'io-practice', what: 'Plan', who: 'Wie', when: 'Q1' }, T1);

  it('round-trips with its results; links to results not in the file are kept (a later import may bring them)', () => {
    const text = serializeResultFile(buildResultFile([a, b], bank, 'test', T1, { workshops: [w] }));
    const read = parseResultFile(text, bank);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.workshops).toEqual([w]);
    expect(read.value.results.map((r) => r.id)).toEqual(['an-aa', 'an-bb']);
  });

  it('without names: every party name is replaced by the given label', () => {
    const text = serializeResultFile(buildResultFile([a, b], bank, 'test', T1, { workshops: [w], anonymize: (_x, i) => `Partij ${i + 1}` }));
    expect(text).not.toContain('Gemeente Oost');
    expect(text).not.toContain('Welzijn Oost');
    const read = parseResultFile(text, bank);
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.results.map((r) => r.party.name)).toEqual(['Partij 1', 'Partij 2']);
  });

  it('a broken werkplaats refuses the file', () => {
    const file = buildResultFile([a], bank, 'test', T1, { workshops: [w] }) as unknown as { workshops: Record<string, unknown>[] };
    file.workshops[0]!.id = '__proto__';
    const read = parseResultFile(JSON.stringify(file), bank);
    expect(read.ok ? 'ok' : read.error).toEqual({ code: 'invalid-workshop', workshop: 1, field: 'id', problem: 'wrong' });
  });
});
