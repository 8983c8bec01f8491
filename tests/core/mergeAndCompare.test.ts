import { statementText } from '../../src/core/bank/localText';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnalysis, type Analysis, type AnswerValue, type Party } from '../../src/core/analysis';
import { planImport, sameContent } from '../../src/core/compare/planImport';
import { compareResults, type KenmerkSpread } from '../../src/core/compare/compareResults';
import { answersCsv, scoresCsv, toCsv, type Cell, type CsvLabels } from '../../src/core/export/csv';
import { indexBank, parseResultFile } from '../../src/core/resultFile/readFile';
import type { ImportErrorCode } from '../../src/core/resultFile/importError';
import type { Bank } from '../../src/core/bank/types';
import { THRESHOLDS, allStatementIds, at, kenmerk, loadBank, withAnswer } from './helpers';

const bank = loadBank();
const index = indexBank(bank);
const threeParties = readFileSync(new URL('../fixtures/files/v2-three-parties.json', import.meta.url), 'utf8');

const CODES: ImportErrorCode[] = [
  'empty', 'too-large', 'not-json', 'not-a-result-file', 'newer-version', 'unsupported-version', 'no-version', 'too-many-results', 'no-results', 'invalid-result', 'unknown-bank',
];
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

function expectCleanPrototype() {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
}

const SAFE_KEY = /^[a-z]{2}(-[a-z0-9]+){0,6}$/;
const protoCount = prototypeNames.length;

/**
 * Parses and checks the outcome is well-formed: a known error code, or analyses with safe keys
 * only, and Object.prototype untouched. Plain checks that throw only on a problem (hundreds of runs
 * per property: an `expect` per run made these tests slow enough to time out on a busy machine).
 */
function parseChecked(text: string) {
  const result = parseResultFile(text, bank, index);
  if (result.ok) {
    for (const a of result.value.results) {
      for (const key of [...Object.keys(a.answers), ...Object.keys(a.notes)]) if (!SAFE_KEY.test(key)) throw new Error(`unsafe key ${JSON.stringify(key)}`);
      if (Object.getPrototypeOf(a.answers) !== Object.prototype) throw new Error('answers without the plain prototype');
    }
  } else if (!CODES.includes(result.error.code)) {
    throw new Error(`unexpected code ${result.error.code}`);
  }
  if ((({}) as Record<string, unknown>).polluted !== undefined || Object.getOwnPropertyNames(Object.prototype).length !== protoCount) throw new Error('Object.prototype changed');
  return result;
}

afterEach(expectCleanPrototype);

describe('parseResultFile on any input', () => {
  it('never throws for any JSON text', () => {
    fc.assert(fc.property(fc.json(), (text) => { parseChecked(text); }), { numRuns: 500 });
  });

  it('never throws for any JavaScript value, stringified', () => {
    fc.assert(fc.property(fc.anything(), (value) => { parseChecked(JSON.stringify(value) ?? ''); }), { numRuns: 500 });
  });

  it('never throws for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => { parseChecked(text); }), { numRuns: 500 });
  });

  /** Every path (as a list of keys) of a JSON value. */
  function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [prefix];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
  }
  const validFile = JSON.parse(threeParties) as unknown;
  const allPaths = paths(validFile).filter((p) => p.length > 0);

  it('never throws when any one field of a valid file is replaced by any JSON value or removed', () => {
    fc.assert(fc.property(fc.constantFrom(...allPaths), fc.option(fc.jsonValue(), { nil: undefined }), (path, replacement) => {
      const file = structuredClone(validFile);
      let parent = file as Record<string | number, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
      const last = at(path, path.length - 1);
      if (replacement === undefined) delete parent[last];
      else parent[last] = replacement;
      parseChecked(JSON.stringify(file));
    }), { numRuns: 1000 });
  });

  it('never lets prototype keys through, wherever they are put', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'io-practice-1', 'io-practice', 'name', 'polluted');
    const payload = fc.dictionary(key, fc.oneof(fc.constant({ polluted: 'yes' }), fc.jsonValue(), fc.constantFrom(3, 'unknown', 'text')), { maxKeys: 4 });
    const slot = fc.constantFrom('envelope', 'result', 'party', 'answers', 'notes', 'bank', 'action');
    fc.assert(fc.property(slot, payload, (where, extra) => {
      const file = JSON.parse(threeParties) as Record<string, unknown> & { results: Record<string, unknown>[] };
      const result = at(file.results, 0);
      const into = (target: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(extra)) Object.defineProperty(target, k, { value: v, enumerable: true, writable: true, configurable: true });
      };
      if (where === 'envelope') into(file);
      else if (where === 'result') into(result);
      else if (where === 'action') into(at(result.actions as Record<string, unknown>[], 0));
      else into(result[where] as Record<string, unknown>);
      const text = JSON.stringify(file);
      const outcome = parseChecked(text);
      const unsafe = Object.keys(extra).some((k) => !/^[a-z]{2}(-[a-z0-9]+){0,6}$/.test(k));
      if ((where === 'answers' || where === 'notes') && unsafe) expect(outcome.ok).toBe(false);
    }), { numRuns: 500 });
  });
});

/* ---------- merge and planImport ---------- */

const IDS = ['an-a', 'an-b', 'an-c'];
const TIMES = ['2024-01-01T10:00:00.000Z', '2024-01-01T11:00:00.000Z', '2024-01-01T12:00:00.000Z'].map((t) => new Date(t));
const STATEMENTS = ['io-practice-1', 'io-practice-2', 'ma-visie-1'];
const PARTIES: Party[] = [{ name: 'Gemeente A', role: 'gemeente' }, { name: 'Stichting B', role: 'instelling', level: 'uitvoering' }];

/** Small analyses from small pools, so that ids, times and contents collide often. */
const arbitraryAnalysis: fc.Arbitrary<Analysis> = fc.record({
  id: fc.constantFrom(...IDS),
  party: fc.constantFrom(...PARTIES),
  created: fc.constantFrom(...TIMES),
  answers: fc.array(fc.tuple(fc.constantFrom(...STATEMENTS), fc.constantFrom<AnswerValue>(1, 2, 3, 'unknown'), fc.constantFrom(...TIMES)), { maxLength: 3 }),
  note: fc.option(fc.constantFrom('eerst intern', 'samen verder'), { nil: undefined }),
}).map(({ id, party, created, answers, note }) => {
  let a = createAnalysis({ party, mode: 'alone', partnership: '' }, bank, id, created);
  for (const [sid, v, t] of answers) a = withAnswer(a, sid, v, t);
  return note ? { ...a, notes: { 'io-practice': note } } : a;
});

/** The items in the order given by the keys (a permutation drawn by fast-check). */
function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, i) => ({ item, key: keys[i % Math.max(keys.length, 1)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.item);
}
const keys = fc.array(fc.integer(), { minLength: 8, maxLength: 8 });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('planImport', () => {
  const uniqueSet = fc.uniqueArray(arbitraryAnalysis, { selector: (a) => a.id, maxLength: 3 });

  it('is deterministic, does not depend on the order of either side, and planning it again after storing it adds nothing', () => {
    const byId = (items: readonly Analysis[]) => [...items].map((a) => a.id).sort();
    fc.assert(fc.property(uniqueSet, uniqueSet, keys, (localItems, incoming, k) => {
      const local = new Map(localItems.map((a) => [a.id, a]));
      const plan = planImport(local, incoming);
      expect(planImport(new Map(permute([...local], k)), incoming)).toEqual(plan);
      const shuffled = planImport(local, permute(incoming, k));
      expect([byId(shuffled.add), byId(shuffled.present), byId(shuffled.conflicts.map((c) => c.incoming))]).toEqual([byId(plan.add), byId(plan.present), byId(plan.conflicts.map((c) => c.incoming))]);
      expect(planImport(local, incoming)).toEqual(plan);
      const stored = new Map(local);
      for (const a of plan.add) stored.set(a.id, a);
      const again = planImport(stored, incoming);
      expect(again.add).toEqual([]);
      expect(again.present.length + again.conflicts.length).toBe(incoming.length);
    }), { numRuns: 300 });
  });

  it('adds new ids, skips identical results, and asks about the same id with other content', () => {
    fc.assert(fc.property(uniqueSet, uniqueSet, (localItems, incoming) => {
      const before = structuredClone({ localItems, incoming });
      const local = new Map(deepFreeze(localItems).map((a) => [a.id, a]));
      const plan = planImport(local, deepFreeze(incoming));
      expect({ localItems, incoming }).toEqual(before);
      expect([...local.values()]).toEqual(before.localItems);

      const mine = (a: Analysis) => local.get(a.id);
      expect(plan.add).toEqual(incoming.filter((a) => !mine(a)));
      expect(plan.present).toEqual(incoming.filter((a) => { const m = mine(a); return m !== undefined && sameContent(m, a); }));
      expect(plan.conflicts.map((c) => c.incoming)).toEqual(incoming.filter((a) => local.has(a.id) && !plan.present.includes(a)));
      for (const { local: mine, incoming: theirs } of plan.conflicts) {
        expect(mine).toBe(local.get(theirs.id));
        expect(sameContent(mine, theirs)).toBe(false);
      }
      expect(plan.add.length + plan.present.length + plan.conflicts.length).toBe(incoming.length);
    }), { numRuns: 500 });
  });

  it('treats a result read back from its own export as present, whatever the local bookkeeping', () => {
    const mine: Analysis = {
      ...withAnswer(createAnalysis({ party: at(PARTIES, 1), mode: 'together', partnership: 'Wijk' }, bank, 'an-a', at(TIMES, 0)), 'ma-visie-1', 3, at(TIMES, 1)),
      areaIndex: 3, exportedAt: at(TIMES, 2).toISOString(),
    };
    const theirs: Analysis = { ...mine, areaIndex: 0, bankVersion: '9.9.9' };
    delete theirs.exportedAt;
    expect(planImport(new Map([[mine.id, mine]]), [theirs])).toEqual({ add: [], present: [theirs], conflicts: [] });
    const changed = withAnswer(theirs, 'ma-visie-1', 4, at(TIMES, 1));
    expect(planImport(new Map([[mine.id, mine]]), [changed])).toEqual({ add: [], present: [], conflicts: [{ local: mine, incoming: changed }] });
    const renamed = { ...theirs, name: 'Andere naam' };
    expect(planImport(new Map([[mine.id, mine]]), [renamed]).conflicts).toHaveLength(1);
  });
});

/* ---------- compareResults ---------- */

const text = (s: string) => ({ nl: s, en: s });
/** A small bank: area aa with ka (2 statements), kb (1), kc (2); area ab with kd (2), ke (1). */
function miniBank(verschilRange = THRESHOLDS.verschilRange): Bank {
  const area = (id: string, kenmerken: ReturnType<typeof kenmerk>[]) => ({ id, label: text(id), question: text(id), source: [], color: '#000000', kenmerken });
  return {
    id: 'mi-bank', version: '1.0.0', title: text('mini'), intro: text('mini'), source: [],
    subject: { gemeente: text('onze gemeente'), instelling: text('onze instelling'), burger: text('onze bewonersorganisatie'), anders: text('onze organisatie') },
    scale: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: text(String(value)) })), unknown: { label: text('?') } },
    thresholds: { ...THRESHOLDS, verschilRange },
    areas: [
      area('aa', [kenmerk('ka', ['ka-1', 'ka-2']), kenmerk('kb', ['kb-1']), kenmerk('kc', ['kc-1', 'kc-2'])]),
      area('ab', [kenmerk('kd', ['kd-1', 'kd-2']), kenmerk('ke', ['ke-1'])]),
    ],
  };
}
const mini = miniBank();

function party(id: string, answers: Record<string, AnswerValue>): Analysis {
  let a = createAnalysis({ party: { name: id, role: 'anders' }, mode: 'alone', partnership: '' }, mini, id, at(TIMES, 0));
  for (const [sid, v] of Object.entries(answers)) a = withAnswer(a, sid, v, at(TIMES, 1));
  return a;
}
const P = party('pp-p', { 'ka-1': 1, 'ka-2': 2, 'kb-1': 4, 'kc-1': 'unknown', 'kd-1': 5, 'kd-2': 5, 'ke-1': 2 });
const Q = party('pp-q', { 'ka-1': 3, 'ka-2': 3, 'kb-1': 5, 'kc-1': 2, 'kc-2': 3, 'kd-1': 2 });
const R = party('pp-r', { 'ka-1': 5, 'ka-2': 4, 'kb-1': 'unknown', 'kc-1': 4, 'kd-1': 4, 'kd-2': 3 });

type SpreadFigures = Pick<KenmerkSpread, 'kenmerkId' | 'values' | 'mean' | 'min' | 'max' | 'range' | 'verschil'>;
const spread = (kenmerkId: string, values: (number | null)[], mean: number | null, min: number | null, max: number | null, range: number | null, verschil: boolean): SpreadFigures =>
  ({ kenmerkId, values, mean, min, max, range, verschil });
const figures = ({ kenmerkId, values, mean, min, max, range, verschil }: KenmerkSpread): SpreadFigures => ({ kenmerkId, values, mean, min, max, range, verschil });

describe('compareResults', () => {
  it.each<[string, Analysis[], SpreadFigures[], string[]]>([
    ['three parties, with gaps', [P, Q, R], [
      spread('ka', [1.5, 3, 4.5], 3, 1.5, 4.5, 3, true),
      spread('kb', [4, 5, null], 4.5, 4, 5, 1, false), // R: only "weet ik niet" → no score, left out
      spread('kc', [null, 2.5, 4], 3.25, 2.5, 4, 1.5, true), // exactly 1.5 counts
      spread('kd', [5, 2, 3.5], 3.5, 2, 5, 3, true),
      spread('ke', [2, null, null], 2, 2, 2, null, false), // one score: no range
    ], ['ka', 'kd', 'kc']], // largest range first; ka and kd tie → bank order
    ['the same parties in another order', [R, P, Q], [
      spread('ka', [4.5, 1.5, 3], 3, 1.5, 4.5, 3, true),
      spread('kb', [null, 4, 5], 4.5, 4, 5, 1, false),
      spread('kc', [4, null, 2.5], 3.25, 2.5, 4, 1.5, true),
      spread('kd', [3.5, 5, 2], 3.5, 2, 5, 3, true),
      spread('ke', [null, 2, null], 2, 2, 2, null, false),
    ], ['ka', 'kd', 'kc']],
    ['one party: no range anywhere', [Q], [
      spread('ka', [3], 3, 3, 3, null, false),
      spread('kb', [5], 5, 5, 5, null, false),
      spread('kc', [2.5], 2.5, 2.5, 2.5, null, false),
      spread('kd', [2], 2, 2, 2, null, false),
      spread('ke', [null], null, null, null, null, false),
    ], []],
    ['no parties', [], ['ka', 'kb', 'kc', 'kd', 'ke'].map((k) => spread(k, [], null, null, null, null, false)), []],
    ['two parties 1.0 apart: no verschil', [party('pp-x', { 'ka-1': 2, 'ka-2': 3 }), party('pp-y', { 'ka-1': 4, 'ka-2': 3 })], [
      spread('ka', [2.5, 3.5], 3, 2.5, 3.5, 1, false),
      ...['kb', 'kc', 'kd', 'ke'].map((k) => spread(k, [null, null], null, null, null, null, false)),
    ], []],
  ])('%s', (_label, parties, kenmerken, verschillen) => {
    const c = compareResults(mini, parties);
    expect(c.kenmerken.map(figures)).toEqual(kenmerken);
    expect(c.verschillen.map((k) => k.kenmerkId)).toEqual(verschillen);
    expect(c.parties.map((p) => p.id)).toEqual(parties.map((p) => p.id)); // no ranking
  });

  it('a party that is onbekend on a kenmerk is shown as such and left out of its mean and range; two or more onbekend go on the agenda after the verschillen', () => {
    const low = party('pp-low', { 'ka-1': 1, 'ka-2': 1, 'kd-1': 1, 'kd-2': 'unknown' });
    const high = party('pp-high', { 'ka-1': 5, 'ka-2': 5, 'kd-1': 'unknown', 'kd-2': 'unknown' });
    const mostlyUnknown = party('pp-unknown', { 'ka-1': 'unknown', 'ka-2': 4, 'kd-1': 'unknown', 'kd-2': 'unknown', 'kc-1': 'unknown', 'kc-2': 'unknown' });
    const c = compareResults(mini, [low, high, mostlyUnknown]);
    const ka = c.kenmerken.find((k) => k.kenmerkId === 'ka')!;
    // pp-unknown rated ka-2 = 4 but said "weet ik niet" to half: onbekend, so its 4 does not count.
    expect(ka.views[2]).toEqual({ score: null, status: 'onbekend', unknown: 1, total: 2 });
    expect([ka.mean, ka.min, ka.max, ka.range, ka.counted, ka.onbekend]).toEqual([3, 1, 5, 4, 2, 1]);
    const kd = c.kenmerken.find((k) => k.kenmerkId === 'kd')!;
    expect([kd.counted, kd.onbekend, kd.samenOnbekend, kd.range]).toEqual([0, 3, true, null]);
    expect(kd.views.map((v) => v.status)).toEqual(['onbekend', 'onbekend', 'onbekend']);
    const kc = c.kenmerken.find((k) => k.kenmerkId === 'kc')!;
    expect([kc.onbekend, kc.samenOnbekend]).toEqual([1, false]);
    expect(c.verschillen.map((k) => k.kenmerkId)).toEqual(['ka']);
    expect(c.agenda.map((k) => k.kenmerkId)).toEqual(['ka', 'kd']);
  });

  it('reads the verschil threshold from the bank', () => {
    const c = compareResults(miniBank(1), [P, Q, R]);
    expect(c.verschillen.map((k) => [k.kenmerkId, k.range])).toEqual([['ka', 3], ['kd', 3], ['kc', 1.5], ['kb', 1]]);
  });

  it('verschillen are sorted by range, largest first, ties in bank order (real bank, any answers)', () => {
    const statementIds = allStatementIds(bank);
    const answers = fc.dictionary(fc.constantFrom(...statementIds), fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'unknown'));
    fc.assert(fc.property(fc.array(answers, { maxLength: 4 }), (sets) => {
      const parties = sets.map((answersOf, i) => ({ ...party(`pp-${i}`, {}), answers: answersOf }));
      const c = compareResults(bank, parties);
      const order = c.kenmerken.map((k) => k.kenmerkId);
      expect([...c.verschillen].sort((a, b) => order.indexOf(a.kenmerkId) - order.indexOf(b.kenmerkId))).toEqual(c.kenmerken.filter((k) => k.verschil));
      expect(c.verschillen.every((k) => (k.range ?? 0) >= 1.5)).toBe(true);
      for (let i = 1; i < c.verschillen.length; i += 1) {
        const [a, b] = [at(c.verschillen, i - 1), at(c.verschillen, i)];
        expect((a.range ?? 0) > (b.range ?? 0) || ((a.range === b.range) && order.indexOf(a.kenmerkId) < order.indexOf(b.kenmerkId))).toBe(true);
      }
    }), { numRuns: 200 });
  });
});

/* ---------- CSV ---------- */

const labels: CsvLabels = { area: 'Gebied', kenmerk: 'Kenmerk', statement: 'Stelling', mean: 'Gemiddelde', min: 'Min', max: 'Max', range: 'Spreiding', unknown: 'weet ik niet', score: 'Score', witteVlek: 'Witte vlek', rated: 'Beoordeeld', unknownCount: 'Weet ik niet', areaMean: 'Gemiddelde van het gebied', analysisName: 'Analyse', follows: 'Vervolg op meting (id)', witteVlekYes: 'ja', witteVlekUnknown: 'onbekend', witteVlekNo: 'nee', statementAsReadBy: (role) => `Stelling (${role})` };

describe('toCsv', () => {
  it('writes a BOM first, ";" between cells and CRLF after every row', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']], 'nl')).toBe('\uFEFFa;b\r\nc;d\r\n');
  });

  it.each<[Cell, 'nl' | 'en', string]>([
    [3.5, 'nl', '3,5'],
    [3.5, 'en', '3.5'],
    [11 / 3, 'nl', '3,7'],
    [4, 'nl', '4,0'],
    [-1.5, 'nl', '-1,5'],
    [null, 'nl', ''],
  ])('number %s in %s → %s', (value, lang, out) => {
    expect(toCsv([[value]], lang)).toBe(`\uFEFF${out}\r\n`);
  });

  it.each<[string, string]>([
    ['gewoon', 'gewoon'],
    ['a;b', '"a;b"'],
    ['zeg "ja"', '"zeg ""ja"""'],
    ['regel 1\nregel 2', '"regel 1\nregel 2"'],
    ['regel 1\r\nregel 2', '"regel 1\r\nregel 2"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x";"klik")', '"\'=HYPERLINK(""http://x"";""klik"")"'],
    ['a=b', 'a=b'],
    ['3,5', '3,5'],
  ])('text %j → %j', (value, out) => {
    expect(toCsv([[value]], 'nl')).toBe(`\uFEFF${out}\r\n`);
  });
});

describe('scoresCsv and answersCsv', () => {
  const parsed = parseResultFile(threeParties, bank, index);
  if (!parsed.ok) throw new Error('fixture does not import');
  const analyses = parsed.value.results;
  const kenmerken = bank.areas.flatMap((a) => a.kenmerken.map((k) => ({ area: a, kenmerk: k })));
  const rows = (csv: string) => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    return csv.slice(1, -2).split('\r\n').map((row) => row.split(';'));
  };

  it('the bank labels hold no ";" or quotes (so splitting the rows below is fair)', () => {
    expect(JSON.stringify(bank.areas.map((a) => [a.label, a.kenmerken.map((k) => [k.label, k.statements.map((s) => s.text)])]))).not.toMatch(/;|\\"/);
  });

  it('scores: a header and 17 rows, one per kenmerk, with each party, mean, min, max and range (nl)', () => {
    const table = rows(scoresCsv(bank, analyses, 'nl', labels));
    expect(table).toHaveLength(18);
    expect(table[0]).toEqual(['Gebied', 'Kenmerk', ...analyses.map((a) => a.name), 'Gemiddelde', 'Min', 'Max', 'Spreiding']);
    expect(table.slice(1).map((r) => [r[0], r[1]])).toEqual(kenmerken.map(({ area, kenmerk: k }) => [area.label.nl, k.label.nl]));
    // io-practice: 4, 3, 3 → mean 3.33, range 1; ma-visie: 4.5, 3, 2; io-instellingen: burger has no score
    expect(table[1]?.slice(2)).toEqual(['4,0', '3,0', '3,0', '3,3', '3,0', '4,0', '1,0']);
    expect(table[5]?.slice(2)).toEqual(['4,5', '3,0', '2,0', '3,2', '2,0', '4,5', '2,5']);
    expect(table[4]?.slice(2)).toEqual(['4,0', '3,0', '', '3,5', '3,0', '4,0', '1,0']);
  });

  it('scores in English use a decimal point and English labels', () => {
    const table = rows(scoresCsv(bank, analyses, 'en', labels));
    expect(table[1]?.[1]).toBe(at(kenmerken, 0).kenmerk.label.en);
    expect(table[5]?.slice(2)).toEqual(['4.5', '3.0', '2.0', '3.2', '2.0', '4.5', '2.5']);
  });

  it('answers: a header and one row per statement, the texts each role read, raw answers, "weet ik niet" and empty cells', () => {
    const table = rows(answersCsv(bank, analyses, 'nl', labels));
    const statements = bank.areas.flatMap((x) => x.kenmerken.flatMap((k) => k.statements));
    const roles = ['gemeente', 'instelling', 'burger'] as const;
    expect(table).toHaveLength(statements.length + 1);
    expect(table[0]).toEqual(['Gebied', 'Kenmerk', ...roles.map((r) => `Stelling (${r})`), ...analyses.map((a) => a.name)]);
    statements.forEach((s, i) => {
      // Each role's column holds the text that role read: the same words, only "{org}" filled in.
      expect(table[i + 1]?.slice(2, 5), s.id).toEqual(roles.map((r) => statementText(s, r, 'nl', bank).replace(/"/g, '""').replace(/^(.*[;"].*)$/, '"$1"')));
      const expected = analyses.map((a) => {
        const v = a.answers[s.id];
        return v === undefined ? '' : v === 'unknown' ? 'weet ik niet' : String(v);
      });
      expect(table[i + 1]?.slice(5), s.id).toEqual(expected);
    });
    const withOrg = statements.find((s) => s.text.nl.includes('{org}') || s.text.nl.includes('{Org}'));
    expect(withOrg, 'the bank names the organisation somewhere').toBeDefined();
    const row = table[statements.indexOf(withOrg!) + 1]!;
    expect(row[2]).toMatch(/onze gemeente/i);
    expect(row[4]).toMatch(/onze bewoners- of cliëntenorganisatie/i);
    // One party: one statement column, in that party's words.
    const single = rows(answersCsv(bank, [at(analyses, 2)], 'nl', labels));
    expect(single[0]).toEqual(['Gebied', 'Kenmerk', 'Stelling', at(analyses, 2).name]);
    expect(single[statements.indexOf(withOrg!) + 1]?.[2]).toMatch(/onze bewoners- of cliëntenorganisatie/i);
  });

  it('party names that look like formulas are written as text', () => {
    const evil = { ...at(analyses, 0), name: '=cmd|"/c calc"!A1' };
    const header = scoresCsv(bank, [evil, at(analyses, 1)], 'nl', labels).split('\r\n')[0] ?? '';
    expect(header).toBe(`\uFEFFGebied;Kenmerk;"'=cmd|""/c calc""!A1";${at(analyses, 1).name};Gemiddelde;Min;Max;Spreiding`);
    // One analysis: its name is on the last row.
    const last = scoresCsv(bank, [evil], 'nl', labels).split('\r\n').at(-2);
    expect(last).toBe('Analyse;"\'=cmd|""/c calc""!A1"');
  });
});
