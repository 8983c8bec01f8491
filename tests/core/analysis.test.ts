import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NAME_MAX, changedSinceExport, cleanName, createAnalysis, lastSavedInFile, defaultName, withName, type Analysis, type NewAnalysisInput } from '../../src/core/analysis';
import { formatScore } from '../../src/core/format';
import { statementText } from '../../src/core/bank/localText';
import { statement } from './helpers';

const T0 = new Date('2024-03-01T10:00:00.000Z');
const T1 = new Date('2024-03-01T10:05:00.000Z');
const BANK = { id: 'bg-zelfanalyse', version: '1.0.0' };
const input = (over: Partial<NewAnalysisInput> = {}): NewAnalysisInput => ({
  party: { name: 'Gemeente Utrecht', role: 'gemeente' }, mode: 'alone', partnership: '', ...over,
});
const fresh = (): Analysis => createAnalysis(input(), BANK, 'an-test', T0);

describe('cleanName', () => {
  it.each([
    ['  Gemeente   Utrecht ', 'Gemeente Utrecht'],
    ['\tWijk\nOost\u00a0Noord\r\n', 'Wijk Oost Noord'],
    ['', ''],
    ['   ', ''],
    ['x'.repeat(NAME_MAX + 80), 'x'.repeat(NAME_MAX)],
  ])('%j → %j', (raw, clean) => expect(cleanName(raw)).toBe(clean));

  it('never returns more than NAME_MAX characters, no leading whitespace, no runs of whitespace', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (raw) => {
      const clean = cleanName(raw);
      expect(clean.length).toBeLessThanOrEqual(NAME_MAX);
      expect(clean).not.toMatch(/^\s|\s\s/);
    }));
  });

  it('does not end in whitespace when the cap cuts just after a space', () => {
    const raw = 'a'.repeat(NAME_MAX - 1) + ' b';
    expect(cleanName(raw)).toBe('a'.repeat(NAME_MAX - 1));
  });
});

describe('createAnalysis', () => {
  it('builds an empty analysis with cleaned names and the bank it was made with', () => {
    const a = createAnalysis(input({ party: { name: '  Gemeente   Utrecht ', role: 'gemeente' }, partnership: ' Wijk  Oost ' }), BANK, 'an-abc', T0);
    expect(a).toEqual({
      id: 'an-abc', name: 'Gemeente Utrecht — Wijk Oost', bankId: BANK.id, bankVersion: BANK.version,
      party: { name: 'Gemeente Utrecht', role: 'gemeente' }, mode: 'alone', partnership: 'Wijk Oost',
      createdAt: T0.toISOString(), updatedAt: T0.toISOString(), answers: {}, notes: {}, actions: [], areaIndex: 0,
    });
  });

  it.each([
    ['', 'Gemeente Utrecht'],
    ['   ', 'Gemeente Utrecht'],
    ['Wijk Oost', 'Gemeente Utrecht — Wijk Oost'],
  ])('default name with partnership %j is %j', (partnership, name) => {
    expect(defaultName(input({ partnership }))).toBe(name);
    expect(createAnalysis(input({ partnership }), BANK, 'an-x', T0).name).toBe(name);
  });

  it('caps the party name and partnership at NAME_MAX', () => {
    const a = createAnalysis(input({ party: { name: 'p'.repeat(300), role: 'burger' }, partnership: 'q'.repeat(300) }), BANK, 'an-x', T0);
    expect(a.party.name).toHaveLength(NAME_MAX);
    expect(a.partnership).toHaveLength(NAME_MAX);
  });

  it('stores the level only when given', () => {
    expect('level' in fresh().party).toBe(false);
    const a = createAnalysis(input({ party: { name: 'Zorg BV', role: 'instelling', level: 'bestuur' } }), BANK, 'an-x', T0);
    expect(a.party).toEqual({ name: 'Zorg BV', role: 'instelling', level: 'bestuur' });
  });

  it.each(['__proto__', 'constructor', '', 'AN-1', 'an 1'])('rejects the unsafe id %j', (id) => {
    expect(() => createAnalysis(input(), BANK, id, T0)).toThrow();
  });
});

describe('withName', () => {
  it('renames with a cleaned name and moves updatedAt', () => {
    const a = withName(fresh(), '  Nieuwe   naam ', T1);
    expect(a).toMatchObject({ name: 'Nieuwe naam', updatedAt: T1.toISOString() });
    expect(withName(a, 'n'.repeat(300), T1).name).toBe('n'.repeat(NAME_MAX));
  });

  it.each(['', '   ', '\n\t'])('keeps the old name (and time) for %j', (name) => {
    const a = fresh();
    expect(withName(a, name, T1)).toEqual(a);
  });
});

describe('formatScore', () => {
  it.each<[number | null, 'nl' | 'en', string | null]>([
    [3.5, 'nl', '3,5'], [3.5, 'en', '3.5'], [3, 'nl', '3,0'], [3, 'en', '3.0'],
    [11 / 3, 'nl', '3,7'], [11 / 3, 'en', '3.7'], [2.25, 'en', '2.3'], [1, 'nl', '1,0'], [5, 'en', '5.0'],
    [0, 'nl', '0,0'], [null, 'nl', null], [null, 'en', null],
  ])('%s in %s → %j', (score, lang, expected) => expect(formatScore(score, lang)).toBe(expected));
});

describe('statementText', () => {
  const subject = {
    gemeente: { nl: 'onze gemeente', en: 'our municipality' },
    instelling: { nl: 'onze instelling', en: 'our organisation' },
    burger: { nl: 'onze bewonersorganisatie', en: "our residents' organisation" },
    anders: { nl: 'onze organisatie', en: 'our organisation' },
  };
  const plain = statement('zz-plain');
  const named = statement('zz-named', { text: { nl: '{Org} luistert; wij weten wat {org} wil.', en: '{Org} listens; we know what {org} wants.' } });

  it.each([
    [named, 'gemeente', 'nl', 'Onze gemeente luistert; wij weten wat onze gemeente wil.'],
    [named, 'burger', 'nl', 'Onze bewonersorganisatie luistert; wij weten wat onze bewonersorganisatie wil.'],
    [named, 'instelling', 'en', 'Our organisation listens; we know what our organisation wants.'],
    [named, 'anders', 'nl', 'Onze organisatie luistert; wij weten wat onze organisatie wil.'],
    [plain, 'burger', 'en', plain.text.en], [plain, 'gemeente', 'nl', plain.text.nl],
  ] as const)('%#: %o as %s in %s', (s, role, lang, expected) => {
    expect(statementText(s, role, lang, { subject })).toBe(expected);
  });
});

describe('createAnalysis without a party name', () => {
  it('refuses an empty or blank name (a file without one could not be imported again)', () => {
    expect(() => createAnalysis(input({ party: { name: '   ', role: 'gemeente' } }), BANK, 'an-x', T0)).toThrow();
  });
});

describe('saved in a file: its own export or a backup of everything, whichever is later', () => {
  const at = (updatedAt: string, exportedAt?: string): Analysis => ({ ...fresh(), updatedAt, ...(exportedAt ? { exportedAt } : {}) });
  it('never exported and no backup: never saved, and changed', () => {
    expect(lastSavedInFile(at('2024-03-02T00:00:00.000Z'))).toBeNull();
    expect(changedSinceExport(at('2024-03-02T00:00:00.000Z'))).toBe(true);
  });
  it('a backup after the last change counts as saved, one before it does not', () => {
    const a = at('2024-03-02T00:00:00.000Z');
    expect(changedSinceExport(a, '2024-03-03T00:00:00.000Z')).toBe(false);
    expect(changedSinceExport(a, '2024-03-01T00:00:00.000Z')).toBe(true);
    expect(lastSavedInFile(a, '2024-03-01T00:00:00.000Z')).toBe('2024-03-01T00:00:00.000Z');
  });
  it('the later of export and backup is the one that counts', () => {
    const a = at('2024-03-02T00:00:00.000Z', '2024-03-04T00:00:00.000Z');
    expect(lastSavedInFile(a, '2024-03-03T00:00:00.000Z')).toBe('2024-03-04T00:00:00.000Z');
    expect(changedSinceExport(a, '2024-03-01T00:00:00.000Z')).toBe(false);
  });
});
