import { describe, expect, it } from 'vitest';
import { createAnalysis, withAnswer } from '../../src/core/analysis';
import { createWorkshop, withoutWorkshopAction, withResults, withWorkshopAction, withWorkshopName, withWorkshopNote } from '../../src/core/workshop';
import { buildResultFile, serializeResultFile } from '../../src/core/resultFile/writeFile';
import { parseResultFile } from '../../src/core/resultFile/readFile';
import { loadBank } from './helpers';

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

  it('notes, actions and names change without touching the input', () => {
    const w0 = createWorkshop('Oost', 'ws-one', T0);
    const w1 = withWorkshopAction(withWorkshopNote(w0, 'io-practice', 'Let op', T1), { id: 'ac-one', kenmerkId: 'io-practice', what: ' Plan ', who: '', when: '' }, T1);
    expect(w0.actions).toEqual([]);
    expect(w1.notes).toEqual({ 'io-practice': 'Let op' });
    expect(w1.actions).toEqual([{ id: 'ac-one', kenmerkId: 'io-practice', what: 'Plan', who: '', when: '' }]);
    expect(withWorkshopAction(w1, { id: 'ac-two', kenmerkId: 'io-practice', what: '   ', who: '', when: '' }, T1)).toBe(w1); // no "what": nothing added
    expect(withoutWorkshopAction(w1, 'ac-one', T1).actions).toEqual([]);
    expect(withWorkshopNote(w1, 'io-practice', '  ', T1).notes).toEqual({});
    expect(withWorkshopName(w1, '   ', T1)).toBe(w1);
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
