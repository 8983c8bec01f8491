import { describe, expect, it } from 'vitest';
import { cleanText, isBlank } from '../../src/core/text';
import { cleanName } from '../../src/core/analysis';
import { FieldError, isoDate } from '../../src/core/resultFile/fields';

describe('text from people and files', () => {
  it.each([
    ['Welzijn \u202eZuid\u202c', 'Welzijn Zuid'],
    ['\u2066Oost\u2069 en \u200fWest', 'Oost en West'],
    ['regel\u0000één\u0007\ntwee', 'regeléén\ntwee'],
  ])('cleanText(%j) removes bidirectional and control characters: %j', (input, output) => {
    expect(cleanText(input)).toBe(output);
  });

  it.each(['', '   ', '\u200b\u200b', '\u200d\ufeff\u2060', '\u202e\u202c', '\u00a0\u3000'])('%j is blank', (value) => {
    expect(isBlank(value)).toBe(true);
    expect(cleanName(value)).toBe('');
  });

  it('keeps letters, emoji (with their joiners) and accents', () => {
    expect(isBlank('👨‍👩‍👧')).toBe(false);
    expect(cleanName('  Stichting  Één 👨‍👩‍👧 ')).toBe('Stichting Één 👨‍👩‍👧');
    expect(cleanName('Gemeente \u202eHengelo')).toBe('Gemeente Hengelo');
  });
});

describe('dates in files: real calendar days, from 2000, at most a day ahead', () => {
  const now = new Date('2026-12-02T12:00:00.000Z');
  const problem = (value: unknown) => {
    try {
      isoDate(value, 'createdAt', now);
      return 'ok';
    } catch (error) {
      return error instanceof FieldError ? `${error.problem} ${error.detail.value ?? ''}`.trim() : 'other';
    }
  };

  it.each([
    ['2026-02-28T10:00:00.000Z', 'ok'],
    ['2024-02-29T10:00:00Z', 'ok'],
    ['2026-12-03T11:00:00.000Z', 'ok'],
    ['2026-02-30T10:00:00.000Z', 'impossible-date 2026-02-30'],
    ['2025-02-29T10:00:00.000Z', 'impossible-date 2025-02-29'],
    ['2026-13-01T10:00:00.000Z', 'impossible-date 2026-13-01'],
    ['2026-04-31T10:00:00.000Z', 'impossible-date 2026-04-31'],
    ['2026-01-01T24:00:00.000Z', 'impossible-date 2026-01-01'],
    ['0000-01-01T00:00:00.000Z', 'before-2000 0000-01-01'],
    ['1999-12-31T23:59:59.000Z', 'before-2000 1999-12-31'],
    ['9999-01-01T00:00:00.000Z', 'in-the-future 9999-01-01'],
    ['2026-12-03T12:00:01.000Z', 'in-the-future 2026-12-03'],
    ['2026-02-28', 'not-a-date'],
    [20260228, 'not-a-date'],
    [undefined, 'missing'],
  ])('%j → %s', (value, expected) => {
    expect(problem(value)).toBe(expected);
  });

  it('returns the one canonical form', () => {
    expect(isoDate('2024-02-29T10:00:00Z', 'createdAt', now)).toBe('2024-02-29T10:00:00.000Z');
  });
});
