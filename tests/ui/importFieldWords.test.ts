import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';
import { describeImportError } from '../../src/ui/components/describeImportError';
import { indexBank, parseResultFile } from '../../src/core/resultFile/readFile';
import type { ImportError } from '../../src/core/resultFile/importError';
import { loadBank } from '../core/helpers';

/*
 * Every field a reader can name in a refusal has words, in Dutch and in English: never the raw
 * path ("een veld (bank.version)"). The fields are not listed by hand: every part of a complete
 * file (a result with every optional field, a werkplaats with notes and actions, once in this
 * bank and once in another version of it) is removed, given the wrong type, emptied or made too
 * long, and every field the readers then report is turned into a sentence. A field a reader
 * starts to report is found here without anyone listing it.
 */

beforeAll(async () => {
  await i18next.init({ lng: 'nl', resources: { nl: { translation: nl }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

const bank = loadBank();
const index = indexBank(bank);
const NOW = new Date('2026-12-01T00:00:00.000Z');
const valid = readFileSync(new URL('../fixtures/hostile/bom-valid.json', import.meta.url), 'utf8').replace(/^\uFEFF/, '');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A complete file: a result with every optional field, and a werkplaats with notes and actions. */
function completeFile(otherBankVersion: boolean): Json {
  const file = JSON.parse(valid) as { results: Record<string, Json>[]; workshops?: Json };
  const result = file.results[0]!;
  const action = { id: 'ac-1', kenmerkId: 'io-practice', what: 'Bellen', who: 'Ans', when: 'Mei' };
  Object.assign(result, {
    party: { name: 'Gemeente Hengelo', role: 'gemeente', level: 'management' },
    notes: { 'io-practice': 'Een notitie' },
    actions: [action],
    earlier: { bankVersion: '0.9.0', answers: { 'io-oud-1': 3 } },
    follows: 'an-earlier0000000001',
  });
  if (otherBankVersion) result.bank = { id: 'bg-zelfanalyse', version: '0.9.0', hash: 'other-hash' };
  file.workshops = [{
    id: 'ws-words', name: 'Werkplaats', resultIds: [result.id as string], notes: { 'io-practice': 'Notitie' }, actions: [action],
    createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-01T10:00:00.000Z',
  }];
  return file as unknown as Json;
}

const WRONG: Json[] = [12345, 'x', '', '\u200B', 'x'.repeat(30_000), null, true, {}, [], [12345], { 'Niet Veilig': 1 }];

/** Every variant of `node` with one part removed, replaced or given an extra unsafe key or item. */
function* variants(node: Json, path: string[] = []): Generator<Json> {
  if (path.length > 0) for (const wrong of WRONG) yield wrong;
  if (Array.isArray(node)) {
    yield [...node, 12345];
    for (const [i, child] of node.entries()) for (const v of variants(child, [...path, String(i)])) yield node.map((c, j) => (j === i ? v : c));
  } else if (node !== null && typeof node === 'object') {
    yield { ...node, 'Niet Veilig': 1 };
    for (const [key, child] of Object.entries(node)) {
      const { [key]: _removed, ...rest } = node;
      void _removed;
      yield rest;
      for (const v of variants(child, [...path, key])) yield { ...node, [key]: v };
    }
  }
}

/** Every refusal of a field, from every variant of both complete files. */
function fieldRefusals(): ImportError[] {
  const found = new Map<string, ImportError>();
  for (const other of [false, true]) {
    const file = completeFile(other) as Record<string, Json>;
    expect(parseResultFile(JSON.stringify(file), bank, index, NOW).ok).toBe(true);
    for (const key of ['results', 'workshops']) {
      for (const v of variants(file[key]!, [key])) {
        const read = parseResultFile(JSON.stringify({ ...file, [key]: v }), bank, index, NOW);
        if (read.ok || (read.error.code !== 'invalid-result' && read.error.code !== 'invalid-workshop')) continue;
        found.set(`${read.error.code} ${read.error.field ?? ''} ${read.error.problem ?? ''}`, read.error);
      }
    }
  }
  return [...found.values()];
}

/** A field path with its numbers and ids left out: `actions.0.what` → `actions.#.what`. */
const shape = (field: string) =>
  field
    .split('.')
    .map((part, i, parts) => (/^\d+$/.test(part) ? '#' : i > 0 && (parts[i - 1] === 'answers' || parts[i - 1] === 'notes') ? '*' : part))
    .join('.');

describe('every field the readers can report has words', () => {
  const refusals = fieldRefusals();

  it('the variants reach every kind of field (so the check below covers them)', () => {
    const shapes = new Set(refusals.map((e) => `${e.code === 'invalid-workshop' ? 'werkplaats' : 'result'}: ${shape(e.field ?? '(none)')}`));
    for (const expected of [
      ...['(result)', 'id', 'name', 'party', 'party.name', 'party.role', 'party.level', 'mode', 'partnership', 'createdAt', 'updatedAt'].map((f) => `result: ${f}`),
      ...['bank', 'bank.id', 'bank.version', 'answers', 'answers.*', 'notes', 'notes.*', 'actions', 'actions.#', 'actions.#.what', 'actions.#.kenmerkId'].map((f) => `result: ${f}`),
      ...['earlier', 'earlier.bankVersion', 'earlier.answers', 'follows'].map((f) => `result: ${f}`),
      ...['workshops', '(werkplaats)', 'id', 'name', 'resultIds', 'resultIds.#', 'notes.*', 'actions.#.id', 'actions.#.who', 'actions.#.when', 'createdAt'].map((f) => `werkplaats: ${f}`),
    ]) {
      expect(shapes, expected).toContain(expected);
    }
  });

  it.each(['nl', 'en'] as const)('in %s, never as a raw path', (lng) => {
    const t = i18next.getFixedT(lng);
    const raw = refusals
      .map((error) => ({ field: error.field, sentence: describeImportError(error, t) }))
      .filter(({ field, sentence }) => field !== undefined && sentence.includes(t('import.field.other', { field })));
    expect(raw).toEqual([]);
  });

  it('every static field word exists in both languages', () => {
    expect(Object.keys(en.import.field).sort()).toEqual(Object.keys(nl.import.field).sort());
  });
});
