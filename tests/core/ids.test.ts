import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SAFE_ID_MAX, isSafeId, newAnalysisId } from '../../src/core/ids';

describe('isSafeId', () => {
  it.each(['io', 'io-practice', 'ua-burgers-4', 'an-0123456789abcdefghij', 'ab-1-2-3-4-5-6', 'ab-' + 'c'.repeat(SAFE_ID_MAX - 3)])(
    'accepts %j',
    (id) => expect(isSafeId(id)).toBe(true),
  );

  it.each<unknown>([
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf',
    'IO-1', 'Io', '', 'i', 'io-', 'io--x', '-io', 'io_x', 'io x', ' io', 'io\n', 'io.x', 'ïo',
    'ab-1-2-3-4-5-6-7', 'ab-' + 'c'.repeat(SAFE_ID_MAX - 2),
    42, null, undefined, {}, ['io'], new String('io'),
  ])('rejects %j', (value) => expect(isSafeId(value)).toBe(false));

  it('never accepts a property name of Object.prototype', () => {
    const names = Object.getOwnPropertyNames(Object.prototype);
    expect(names.filter((name) => isSafeId(name))).toEqual([]);
  });
});

describe('newAnalysisId', () => {
  it('is always a safe id of 23 characters starting with an-', () => {
    for (let i = 0; i < 500; i += 1) {
      const id = newAnalysisId();
      expect(id).toHaveLength(23);
      expect(id.startsWith('an-')).toBe(true);
      expect(isSafeId(id)).toBe(true);
    }
  });

  it('uses the randomness it is given, including both ends of [0, 1)', () => {
    expect(newAnalysisId(() => 0)).toBe(`an-${'0'.repeat(20)}`);
    expect(newAnalysisId(() => 1 - Number.EPSILON / 2)).toBe(`an-${'z'.repeat(20)}`);
  });

  it('differs between calls', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newAnalysisId()));
    expect(ids.size).toBe(1000);
  });

  it('is safe and 23 characters for any random source in [0, 1)', () => {
    const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 20, maxLength: 20 }), (values) => {
        let i = 0;
        const id = newAnalysisId(() => values[i++ % values.length] ?? 0);
        expect(id).toHaveLength(23);
        expect(isSafeId(id)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
