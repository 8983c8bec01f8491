import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { indexBank, parseResultFile } from '../../src/core/resultFile/readFile';
import { LIMITS } from '../../src/core/resultFile/format';
import type { ImportError } from '../../src/core/resultFile/importError';
import { at, loadBank } from './helpers';

/*
 * The hostile-file corpus: tests/fixtures/hostile/ holds one real file per case, and
 * expected.json the outcome of each ("ok" or the error code). The e2e suite feeds the same files
 * through the import screen in Chromium. Files are read as the browser's `file.text()` would:
 * decoded as UTF-8 (invalid bytes become U+FFFD). Node keeps a leading BOM where the browser drops
 * it; the reader must accept both.
 * deep-nesting.json parses in V8 (its JSON parser is not recursive), so the outcome is the
 * result-level refusal; an engine that cannot parse it would say 'not-json'.
 */

const bank = loadBank();
const index = indexBank(bank);
const dir = new URL('../fixtures/hostile/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<string, string>;
const files = readdirSync(dir).filter((name) => name !== 'expected.json').sort();
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

/** Details of some refusals, beyond the code: where the problem is. */
const details: Record<string, Partial<ImportError>> = {
  'deep-nesting.json': { result: 1, field: 'answers' },
  'duplicate-ids.json': { result: 2, field: 'id' },
  'long-text.json': { result: 1, field: 'party.name' },
  'missing-fields.json': { result: 1, field: 'id', problem: 'missing' },
  'nan-infinity.json': { result: 1, field: 'answers.io-practice-1' },
  'newer-version.json': { version: 2 },
  'unsupported-version.json': { limit: 1 },
  'out-of-scale.json': { result: 1, field: 'answers.io-practice-2' },
  'other-bank.json': { result: 1 },
  'proto-keys.json': { result: 1, field: 'answers.__proto__' },
  'unknown-statement.json': { result: 1, field: 'answers.io-practice-9' },
  'wrong-types.json': { result: 1, field: 'answers' },
  'zero-width-name.json': { result: 1, field: 'party.name', problem: 'blank' },
  'workshop-invisible-name.json': { workshop: 1, field: 'name', problem: 'blank' },
  'impossible-date.json': { result: 1, field: 'createdAt', problem: 'impossible-date', value: '2026-02-30' },
  'year-zero.json': { result: 1, field: 'createdAt', problem: 'before-2000', value: '0000-01-01' },
  'year-9999.json': { result: 1, field: 'updatedAt', problem: 'in-the-future', value: '9999-01-01' },
  'duplicate-workshop-ids.json': { workshop: 2, field: 'id', problem: 'duplicate' },
  'no-ids.json': { result: 1, field: 'id', problem: 'missing' },
};

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** Nothing of an imported file may end up on Object.prototype. */
function expectCleanPrototype() {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(typeof probe.toString).toBe('function');
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
}

/** Parses without letting an exception escape: a throw fails the test with a clear message. */
function parse(text: string) {
  try {
    return parseResultFile(text, bank, index);
  } catch (error) {
    throw new Error(`parseResultFile threw: ${String(error)}`);
  }
}

afterEach(expectCleanPrototype);

describe('the hostile-file corpus', () => {
  it('has an expected outcome for every file, and a file for every expected outcome', () => {
    expect(Object.keys(expected).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files)('%s', (name) => {
    const result = parse(read(name));
    const outcome = result.ok ? 'ok' : result.error.code;
    expect(outcome, result.ok ? '' : JSON.stringify(result.error)).toBe(expected[name]);
    if (!result.ok && details[name]) expect(result.error).toMatchObject(details[name] ?? {});
  });

  it('png-renamed.json really is a PNG', () => {
    const bytes = readFileSync(new URL('png-renamed.json', dir));
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('bom-valid.json starts with a UTF-8 BOM and imports with or without it', () => {
    const bytes = readFileSync(new URL('bom-valid.json', dir));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = read('bom-valid.json');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    for (const variant of [text, text.slice(1)]) {
      const result = parse(variant);
      expect(result.ok && result.value.results.map((r) => r.id)).toEqual(['an-b0m0b0m0b0m0b0m0b0m0']);
    }
  });

  it('html-in-names.json keeps markup as inert text, exactly as written', () => {
    const result = parse(read('html-in-names.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const a = at(result.value.results, 0);
    expect(a.party.name).toBe('Gemeente <img src=x onerror=alert(1)>');
    expect(a.name).toBe('<script>alert("naam")</script>');
    expect(a.partnership).toBe('<b>Sociaal</b> & "domein"');
    expect(a.notes['io-practice']).toBe('<script>alert(document.cookie)</script> en <img src=x onerror=alert(1)>');
    expect(a.actions).toEqual([{
      id: 'ac-1', kenmerkId: 'io-practice', what: '<img src=x onerror=alert(1)>', who: '<a href="javascript:alert(1)">wie</a>', when: '</textarea><svg onload=alert(1)>',
    }]);
  });

  it('proto-keys-ignored.json imports, and no prototype key reaches the analysis', () => {
    const result = parse(read('proto-keys-ignored.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const a = at(result.value.results, 0);
    expect(a.party).toEqual({ name: 'Gemeente Hengelo', role: 'gemeente' });
    expect(a.actions).toEqual([{ id: 'ac-1', kenmerkId: 'io-practice', what: 'Intern gesprek', who: '', when: '' }]);
    for (const object of [a, a.party, a.answers, a.notes, at(a.actions, 0)]) {
      expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
      expect(Object.hasOwn(object, '__proto__')).toBe(false);
      expect(Object.hasOwn(object, 'constructor')).toBe(false);
      expect((object as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('other-bank-version.json (0.9.0): keeps its answers unscored, keeps the note of a kenmerk we have, and counts both', () => {
    const result = parse(read('other-bank-version.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const a = at(result.value.results, 0);
    expect(a.answers).toEqual({});
    expect(a.earlier).toEqual({ bankVersion: '0.9.0', answers: { 'io-practice-1': 4, 'io-practice-2': 3, 'io-oud-1': 2 } });
    expect(a.notes).toEqual({ 'io-practice': 'Blijft' });
    expect(result.value.dropped).toEqual({ 'an-0ther0bank0vers10n0': 1 });
    expect(result.value.earlier).toEqual({ 'an-0ther0bank0vers10n0': 3 });
  });
});

describe('generated hostile cases (too big to commit)', () => {
  const valid = read('bom-valid.json').slice(1);

  it('more than LIMITS.results results: too-many-results', () => {
    const file = JSON.parse(valid) as { results: unknown[] };
    file.results = Array.from({ length: LIMITS.results + 1 }, () => ({}));
    expect(parse(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'too-many-results', count: LIMITS.results + 1, limit: LIMITS.results } });
  });

  it('exactly LIMITS.results results is not refused for their number', () => {
    const file = JSON.parse(valid) as { results: unknown[] };
    file.results = Array.from({ length: LIMITS.results }, () => ({}));
    const result = parse(JSON.stringify(file));
    expect(!result.ok && result.error.code).toBe('invalid-result');
  });

  it('a text longer than LIMITS.bytes: too-large, before any parsing, with its size and the maximum in MB', () => {
    const huge = `${valid.slice(0, -2)}, "padding": "${'x'.repeat(LIMITS.bytes)}"}`;
    expect(parse(huge)).toEqual({ ok: false, error: { code: 'too-large', count: 25.1, limit: 25 } });
  });

  it('more than 1000 answers in one result: refused', () => {
    const file = JSON.parse(valid) as { results: Record<string, unknown>[] };
    at(file.results, 0).answers = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`io-x-${i}`, 3]));
    expect(parse(JSON.stringify(file))).toMatchObject({ ok: false, error: { code: 'invalid-result', field: 'answers' } });
  });

  it('more than LIMITS.actions actions: refused', () => {
    const file = JSON.parse(valid) as { results: Record<string, unknown>[] };
    at(file.results, 0).actions = Array.from({ length: LIMITS.actions + 1 }, (_, i) => ({ id: `ac-${i}`, kenmerkId: 'io-practice', what: 'x', who: '', when: '' }));
    expect(parse(JSON.stringify(file))).toMatchObject({ ok: false, error: { code: 'invalid-result', field: 'actions' } });
  });

  it.each(['"NaN"', '1e999', '-1e999', '-0.0', '0', '2.5', '6', '-1', '"3"', 'null', 'true', '[3]', '{}', '"weet ik niet"', '"Unknown"'])(
    'answer value %s is refused',
    (raw) => {
      const text = valid.replace('"io-practice-1": 4', `"io-practice-1": ${raw}`);
      expect(text).not.toBe(valid);
      expect(parse(text)).toMatchObject({ ok: false, error: { code: 'invalid-result', result: 1, field: 'answers.io-practice-1' } });
    },
  );

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'])(
    'key %s is refused as an answer, note or action id, and pollutes nothing',
    (key) => {
      const file = JSON.parse(valid) as { results: Record<string, unknown>[] };
      const k = JSON.stringify(key);
      for (const [field, json] of [
        ['answers', `{${k}: {"polluted": 1}, "io-practice-1": 4}`],
        ['notes', `{${k}: "polluted"}`],
        ['actions', `[{"id": ${k}, "kenmerkId": "io-practice", "what": "x", "who": "", "when": ""}]`],
      ] as const) {
        const text = JSON.stringify({ ...file, results: [{ ...at(file.results, 0), [field]: 'SLOT' }] }).replace('"SLOT"', json);
        const result = parse(text);
        expect(result.ok, `${field} with ${key}`).toBe(false);
        expect(!result.ok && result.error.code).toBe('invalid-result');
      }
    },
  );

  it('a whole file of nothing but nested brackets: refused, never a crash', () => {
    for (const text of ['['.repeat(100_000), '['.repeat(100_000) + ']'.repeat(100_000), '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)]) {
      const result = parse(text);
      expect(result.ok).toBe(false);
    }
  });

  it('control characters in names are removed, not kept', () => {
    const file = JSON.parse(valid) as { results: Record<string, unknown>[] };
    at(file.results, 0).party = { name: 'Gemeente\u0000 Hen\u0007gelo\u001b', role: 'gemeente' };
    const text = JSON.stringify(file);
    expect(text).toContain('\\u0007');
    const result = parse(text);
    expect(result.ok && at(result.value.results, 0).party.name).toBe('Gemeente Hengelo');
  });

  it('a werkplaats that points at 100,000 results is refused, naming the werkplaats, the number and the limit', () => {
    const file = JSON.parse(valid) as { results: { id: string }[]; workshops?: unknown[] };
    const resultIds = Array.from({ length: 100_000 }, (_, i) => `an-ws${i}`);
    file.workshops = [{ id: 'ws-huge', name: 'Groot', resultIds, notes: {}, actions: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }];
    expect(parse(JSON.stringify(file))).toEqual({ ok: false, error: { code: 'invalid-workshop', workshop: 1, field: 'resultIds', problem: 'too-many', count: 100_000, limit: LIMITS.results } });
  });

  it('names with bidirectional controls come in clean', () => {
    const result = parse(read('bidi-name.json'));
    expect(result.ok && at(result.value.results, 0).party.name).toBe('Welzijn Zuid');
    expect(result.ok && at(result.value.results, 0).partnership).toBe('Oost');
  });
});
