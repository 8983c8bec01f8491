import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import { LEVELS, MODES, ROLES, createAnalysis, withAction, type Action, type Analysis, type AnswerValue } from '../../src/core/analysis';
import { bankHash } from '../../src/core/bank/bankHash';
import { compareResults } from '../../src/core/compare/compareResults';
import { scoreAnalysis } from '../../src/core/scoring/scoreAnalysis';
import { FORMAT_VERSION, LIMITS, RESULT_FILE_TYPE } from '../../src/core/resultFile/format';
import { indexBank, parseResultFile, readResultFile, type ImportedFile, type ReadProgress } from '../../src/core/resultFile/readFile';
import { buildResultFile, resultFileName, serializeResultFile, slug } from '../../src/core/resultFile/writeFile';
import type { ImportError } from '../../src/core/resultFile/importError';
import { allStatementIds, at, loadBank, withAnswer } from './helpers';

const bank = loadBank();
const index = indexBank(bank);
const kenmerkIds = bank.areas.flatMap((a) => a.kenmerken.map((k) => k.id));
const statementIds = allStatementIds(bank);
const T0 = new Date('2024-03-01T10:00:00.000Z');
const T1 = new Date('2024-03-01T10:05:00.000Z');
const NOW = new Date('2024-03-02T12:00:00.000Z');

const filesDir = new URL('../fixtures/files/', import.meta.url);
const schemaUrl = new URL('../../public/schema/result-file-1.schema.json', import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: false });
const schemaValid = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')) as object);

/** Reads a file and returns what came in, or fails the test with the error. */
function imported(text: string): ImportedFile {
  const result = parseResultFile(text, bank, index);
  if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The import error of a refused file (fails the test when the file is accepted). */
function refused(text: string): ImportError {
  const result = parseResultFile(text, bank, index);
  if (result.ok) throw new Error('import accepted a file it should refuse');
  return result.error;
}

/** What travels in a file: the analysis without its local-only bookkeeping. */
function portable(a: Analysis): Partial<Analysis> {
  const copy: Partial<Analysis> = { ...a };
  delete copy.exportedAt;
  delete copy.areaIndex;
  return copy;
}

const exportText = (analyses: Analysis[]) => serializeResultFile(buildResultFile(analyses, bank, '0.1.0', NOW));

/** A complete analysis with answers, notes and an action, as a user would leave it. */
function sample(id = 'an-sample'): Analysis {
  let a = createAnalysis(
    { party: { name: 'Stichting Welzijn Oost', role: 'instelling', level: 'uitvoering' }, mode: 'together', partnership: 'Wijk Oost' },
    bank, id, T0,
  );
  statementIds.forEach((sid, i) => {
    if (i % 7 !== 3) a = withAnswer(a, sid, i % 5 === 0 ? 'unknown' : (i % 5) + 1, T1);
  });
  return {
    ...a,
    notes: { 'io-practice': 'Eerst intern op orde.\nDaarna de partners.', 'va-burgers': 'Bewoners "echt" laten meedoen; niet alleen informeren.' },
    actions: [{ id: 'ac-1', kenmerkId: 'va-burgers', what: 'Bewonersavond', who: 'Wijkteam', when: 'Q3' }],
    areaIndex: 2,
    exportedAt: '2024-03-01T11:00:00.000Z',
  };
}

/** The v1 file text with a field of the first result replaced (the file stays otherwise valid). */
function withResultField(field: string, value: unknown, text = exportText([sample()])): string {
  const file = JSON.parse(text) as { results: Record<string, unknown>[] };
  at(file.results, 0)[field] = value;
  return JSON.stringify(file);
}

describe('export → import', () => {
  it('gives back the same analysis (local-only fields aside)', () => {
    const a = sample();
    const back = imported(exportText([a]));
    expect(back.dropped).toEqual({});
    expect(back.results.map(portable)).toEqual([portable(a)]);
    expect(at(back.results, 0).areaIndex).toBe(0);
    expect(at(back.results, 0)).not.toHaveProperty('exportedAt');
  });

  it('keeps several results in their order', () => {
    const many = [sample('an-c'), sample('an-a'), sample('an-b')];
    expect(imported(exportText(many)).results.map((r) => r.id)).toEqual(['an-c', 'an-a', 'an-b']);
  });

  it('never writes local-only fields or scores into the file', () => {
    const file = buildResultFile([sample()], bank, '0.1.0', NOW);
    const result = at(file.results, 0) as unknown as Record<string, unknown>;
    expect(result).not.toHaveProperty('areaIndex');
    expect(result).not.toHaveProperty('exportedAt');
    expect(result).not.toHaveProperty('bankId');
    expect(JSON.stringify(file)).not.toMatch(/"score/);
    expect(file).toMatchObject({ type: RESULT_FILE_TYPE, formatVersion: FORMAT_VERSION, exportedAt: NOW.toISOString() });
    expect(at(file.results, 0).bank).toEqual({ id: bank.id, version: bank.version, hash: bankHash(bank) });
  });

  const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.trim() !== '' && s.length <= max);
  const answerValue = fc.constantFrom<AnswerValue>(1, 2, 3, 4, 5, 'unknown');
  const safe = fc.stringMatching(/^[a-z]{2}(-[a-z0-9]{1,6}){0,3}$/);
  const action: fc.Arbitrary<Action> = fc.record({
    id: safe, kenmerkId: fc.constantFrom(...kenmerkIds), what: fc.string({ maxLength: 500 }), who: fc.string({ maxLength: 200 }), when: fc.string({ maxLength: 100 }),
  });
  const arbitraryAnalysis = fc.record({
    id: safe,
    name: text(120),
    role: fc.constantFrom(...ROLES),
    level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
    mode: fc.constantFrom(...MODES),
    partnership: fc.string({ unit: 'grapheme', maxLength: 150 }),
    answers: fc.array(fc.tuple(fc.constantFrom(...statementIds), answerValue)),
    notes: fc.array(fc.tuple(fc.constantFrom(...kenmerkIds), text(2000))),
    actions: fc.array(action, { maxLength: 4 }),
    areaIndex: fc.nat(3),
  }).map((r): Analysis => {
    let a = createAnalysis({ party: { name: r.name, role: r.role, level: r.level }, mode: r.mode, partnership: r.partnership }, bank, r.id, T0);
    for (const [sid, v] of r.answers) a = withAnswer(a, sid, v, T1);
    for (const act of r.actions) a = withAction(a, act, T1); // as the app makes them: cleaned, never without a "what"
    return { ...a, notes: Object.fromEntries(r.notes), areaIndex: r.areaIndex, exportedAt: T1.toISOString() };
  });

  it('is the identity for any analysis made with createAnalysis, answers, notes and actions', () => {
    fc.assert(fc.property(fc.array(arbitraryAnalysis, { minLength: 1, maxLength: 3 }), (analyses) => {
      fc.pre(new Set(analyses.map((a) => a.id)).size === analyses.length);
      const back = imported(exportText(analyses));
      expect(back.results.map(portable)).toEqual(analyses.map(portable));
      expect(back.dropped).toEqual({});
    }), { numRuns: 200 });
  });

  it('writes files that validate against public/schema/result-file-1.schema.json', () => {
    fc.assert(fc.property(fc.array(arbitraryAnalysis, { minLength: 1, maxLength: 3 }), (analyses) => {
      const data = JSON.parse(exportText(analyses)) as unknown;
      expect(schemaValid(data), ajv.errorsText(schemaValid.errors)).toBe(true);
    }), { numRuns: 100 });
  });
});

describe('a backup', () => {
  it('carries the device bookkeeping, validates against the schema, and gives it back on reading; bad bookkeeping is ignored, never refused', () => {
    const own = { ...sample(), areaIndex: 2, exportedAt: '2026-03-02T10:00:00.000Z' };
    const theirs: Analysis = { ...sample(), id: 'an-theirs1', areaIndex: 0, importedAt: '2026-03-01T09:00:00.000Z' };
    delete theirs.exportedAt;
    const file = buildResultFile([own, theirs], bank, '0.1.0', NOW, { backup: true, settings: { language: 'en' } });
    expect(file.device?.results).toEqual({ [own.id]: { areaIndex: 2, exportedAt: own.exportedAt }, 'an-theirs1': { areaIndex: 0, importedAt: theirs.importedAt } });
    expect(schemaValid(JSON.parse(serializeResultFile(file))), ajv.errorsText(schemaValid.errors)).toBe(true);
    const back = imported(serializeResultFile(file));
    expect(back.restored).toEqual([own.id, 'an-theirs1']);
    expect(back.results[0]).toMatchObject({ areaIndex: 2, exportedAt: own.exportedAt });
    expect(back.results[0]?.importedAt).toBeUndefined();
    expect(back.results[1]).toMatchObject({ areaIndex: 0, importedAt: theirs.importedAt });
    // An ordinary export carries none of it.
    expect(buildResultFile([own], bank, '0.1.0', NOW).device).toBeUndefined();
    const hostile = { ...file, device: { results: { [own.id]: { areaIndex: 99, exportedAt: '2026-02-30T10:00:00.000Z', importedAt: 'x' }, __proto__: { areaIndex: 1 } }, workshops: 'no' } };
    const read = imported(JSON.stringify(hostile));
    expect(read.results[0]).toMatchObject({ areaIndex: 0 });
    expect(read.results[0]?.exportedAt).toBeUndefined();
    expect(read.results[0]?.importedAt).toBeUndefined();
  });
});

describe('the JSON Schema', () => {
  const valid = () => JSON.parse(exportText([sample()])) as { results: Record<string, unknown>[] } & Record<string, unknown>;

  it('accepts every fixture of tests/fixtures/files/', () => {
    for (const name of readdirSync(filesDir).filter((n) => n.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(new URL(name, filesDir), 'utf8')) as unknown;
      expect(schemaValid(data), `${name}: ${ajv.errorsText(schemaValid.errors)}`).toBe(true);
    }
  });

  it('allows unknown fields on the envelope and on a result (readers ignore them)', () => {
    const data = valid();
    data.comment = 'made by hand';
    at(data.results, 0).extra = { anything: true };
    expect(schemaValid(data), ajv.errorsText(schemaValid.errors)).toBe(true);
  });

  it.each<[string, (d: ReturnType<typeof valid>) => void]>([
    ['another type', (d) => { d.type = 'something-else'; }],
    ['formatVersion 2', (d) => { d.formatVersion = 2; }],
    ['no results', (d) => { d.results = []; }],
    ['an unsafe result id', (d) => { at(d.results, 0).id = '__proto__'; }],
    ['an unsafe answer key', (d) => { at(d.results, 0).answers = JSON.parse('{"__proto__": 3}') as unknown; }],
    ['an answer out of the scale', (d) => { at(d.results, 0).answers = { 'io-practice-1': 6 }; }],
    ['a fractional answer', (d) => { at(d.results, 0).answers = { 'io-practice-1': 2.5 }; }],
    ['a note that is not text', (d) => { at(d.results, 0).notes = { 'io-practice': 3 }; }],
    ['an extra key on the party', (d) => { at(d.results, 0).party = JSON.parse('{"name":"X","role":"burger","__proto__":{"polluted":1}}') as unknown; }],
    ['an unknown role', (d) => { at(d.results, 0).party = { name: 'X', role: 'bank' }; }],
    ['an empty party name', (d) => { at(d.results, 0).party = { name: '', role: 'burger' }; }],
    ['a date that is not ISO', (d) => { at(d.results, 0).createdAt = '1-3-2024'; }],
    ['an action without what', (d) => { at(d.results, 0).actions = [{ id: 'ac-1', kenmerkId: 'io-practice', who: '', when: '' }]; }],
    ['a missing bank', (d) => { delete at(d.results, 0).bank; }],
  ])('refuses %s', (_label, mutate) => {
    const data = valid();
    mutate(data);
    expect(schemaValid(data)).toBe(false);
  });
});

describe('the result-file fixtures', () => {
  const read = (name: string) => imported(readFileSync(new URL(name, filesDir), 'utf8'));
  const statements = bank.areas.flatMap((x) => x.kenmerken.flatMap((k) => k.statements));

  it.each(readdirSync(filesDir).filter((n) => n.endsWith('.json')))('%s imports', (name) => {
    const file = read(name);
    expect(file.results.length).toBeGreaterThan(0);
    expect(file.dropped).toEqual({});
  });

  it('v2-one-result.json (bank 2.0.0): one gemeente result with its answers and note, nothing of an earlier version', () => {
    const file = read('v2-one-result.json');
    const a = at(file.results, 0);
    expect(a).toMatchObject({
      id: 'an-7k2m9q4x8c1v5b3n6z0p',
      bankVersion: '2.0.0',
      party: { name: 'Gemeente Hengelo', role: 'gemeente', level: 'management' },
      notes: { 'va-burgers': 'Bewoners komen pas in beeld als het plan al klaar is.' },
    });
    expect(a.earlier).toBeUndefined();
    expect(file.earlier).toEqual({});
    expect(Object.keys(a.answers)).toHaveLength(59); // 62 statements, va-vernieuwing (3) left open
    const result = scoreAnalysis(bank, a.answers);
    expect(result.kenmerken.find((k) => k.kenmerkId === 'va-vernieuwing')?.status).toBe('open');
  });

  it('v2-three-parties.json (bank 2.0.0): gemeente, instelling and bewonersorganisatie compared', () => {
    const file = read('v2-three-parties.json');
    expect(file.results.map((r) => [r.party.role, Object.keys(r.answers).length, r.earlier])).toEqual([
      ['gemeente', 62, undefined], ['instelling', 62, undefined], ['burger', 58, undefined],
    ]);
    const comparison = compareResults(bank, file.results);
    expect(comparison.kenmerken).toHaveLength(17);
    expect(comparison.verschillen.length).toBeGreaterThan(0);
    expect(comparison.verschillen.every((k) => (k.range ?? 0) >= bank.thresholds.verschilRange)).toBe(true);
  });

  it('v1-one-result.json (bank 1.0.0): answers that kept their meaning count; the others are kept, unscored, and counted', () => {
    const file = read('v1-one-result.json');
    const a = at(file.results, 0);
    expect(a.bankVersion).toBe('2.0.0');
    const counted = Object.keys(a.answers);
    const kept = Object.keys(a.earlier?.answers ?? {});
    expect(counted.length + kept.length).toBe(55); // nothing lost
    expect(file.earlier).toEqual({ [a.id]: kept.length });
    expect(a.earlier?.bankVersion).toBe('1.0.0');
    // Counted: exactly the statements carried over for a gemeente.
    const carried = statements.filter((s) => s.carriedOver && !s.carriedOver.except.includes('gemeente')).map((s) => s.id);
    expect(counted.every((id) => carried.includes(id))).toBe(true);
    expect(a.answers['io-practice-1']).toBe(4); // carried over (only the burger wording differed)
    expect(a.answers).not.toHaveProperty('io-verticaal-1'); // the gemeente had its own wording in 1.0.0
    expect(a.earlier?.answers).toMatchObject({ 'ma-visie-4': 5, 'io-instellingen-2': 'unknown' }); // statements that are gone
  });

  it('v1-three-parties.json (bank 1.0.0): a bewonersorganisatie keeps none of its 1.0.0 answers on statements whose wording measured something else', () => {
    const file = read('v1-three-parties.json');
    const burger = file.results.find((r) => r.party.role === 'burger')!;
    const forBurger = statements.filter((s) => s.carriedOver && !s.carriedOver.except.includes('burger')).map((s) => s.id);
    expect(Object.keys(burger.answers).every((id) => forBurger.includes(id))).toBe(true);
    expect(burger.answers).not.toHaveProperty('io-practice-1');
    expect(Object.keys(burger.answers).length + Object.keys(burger.earlier?.answers ?? {}).length).toBe(55);
    // Written out again, the earlier answers travel along and come back the same.
    const written = exportText(file.results);
    expect(schemaValid(JSON.parse(written)), ajv.errorsText(schemaValid.errors)).toBe(true);
    expect(JSON.parse(written).results.find((r: { party: { role: string } }) => r.party.role === 'burger').earlier.bankVersion).toBe('1.0.0');
    const again = imported(written);
    expect(again.results.map((r) => r.earlier)).toEqual(file.results.map((r) => r.earlier));
    expect(again.results.map((r) => r.answers)).toEqual(file.results.map((r) => r.answers));
  });
});

describe('another version of the bank', () => {
  it('an unknown version: every answer is kept as an earlier answer (none scored); notes of a kenmerk we lack are dropped and counted', () => {
    const text = withResultField('bank', { id: bank.id, version: '0.9.0', hash: 'c53-0000000000dead' },
      withResultField('answers', { 'io-practice-1': 4, 'io-oud-1': 2, 'io-oud-2': 'unknown', 'ma-visie-1': 5 }));
    const withNotes = JSON.parse(text) as { results: Record<string, unknown>[] };
    at(withNotes.results, 0).notes = { 'io-practice': 'blijft', 'io-oud': 'vervalt' };
    at(withNotes.results, 0).actions = [
      { id: 'ac-1', kenmerkId: 'io-oud', what: 'vervalt', who: '', when: '' },
      { id: 'ac-2', kenmerkId: 'ma-visie', what: 'blijft', who: '', when: '' },
    ];
    const file = imported(JSON.stringify(withNotes));
    const a = at(file.results, 0);
    expect(a.answers).toEqual({});
    expect(a.earlier).toEqual({ bankVersion: '0.9.0', answers: { 'io-practice-1': 4, 'io-oud-1': 2, 'io-oud-2': 'unknown', 'ma-visie-1': 5 } });
    expect(a.notes).toEqual({ 'io-practice': 'blijft' });
    expect(a.actions.map((x) => x.id)).toEqual(['ac-2']);
    expect(a.bankVersion).toBe(bank.version);
    expect(file.dropped).toEqual({ [a.id]: 2 });
    expect(file.earlier).toEqual({ [a.id]: 4 });
  });

  it('the previous version (1.0.0): a carried-over answer counts, except for a role whose wording then measured something else', () => {
    const answers = { 'io-practice-1': 4, 'io-verticaal-1': 3, 'ma-visie-4': 5 };
    const text = (role: string) =>
      withResultField('party', { name: 'P', role }, withResultField('bank', { id: bank.id, version: '1.0.0', hash: 'c53-1c60305fd07a95' }, withResultField('answers', answers)));
    const gemeente = at(imported(text('gemeente')).results, 0);
    expect(gemeente.answers).toEqual({ 'io-practice-1': 4 });
    expect(gemeente.earlier?.answers).toEqual({ 'io-verticaal-1': 3, 'ma-visie-4': 5 });
    const instelling = at(imported(text('instelling')).results, 0);
    expect(instelling.answers).toEqual({ 'io-practice-1': 4, 'io-verticaal-1': 3 });
    const burger = at(imported(text('burger')).results, 0);
    expect(burger.answers).toEqual({});
    expect(burger.earlier?.answers).toEqual(answers);
  });

  it('still refuses unsafe ids and values outside the scale', () => {
    const other = { id: bank.id, version: '0.9.0', hash: 'c53-0000000000dead' };
    expect(refused(withResultField('answers', { 'io-practice-1': 7 }, withResultField('bank', other)))).toMatchObject({
      code: 'invalid-result', result: 1, field: 'answers.io-practice-1',
    });
    expect(refused(withResultField('answers', JSON.parse('{"__proto__": 3}'), withResultField('bank', other)))).toMatchObject({
      code: 'invalid-result', field: 'answers.__proto__',
    });
  });

  it('with the same hash, an unknown statement id is an error, not a silent drop', () => {
    expect(refused(withResultField('answers', { 'io-practice-1': 4, 'io-practice-9': 3 }))).toEqual({
      code: 'invalid-result', result: 1, field: 'answers.io-practice-9', problem: 'unknown',
    });
    expect(refused(withResultField('notes', { 'io-bestaat-niet': 'x' }))).toMatchObject({ code: 'invalid-result', field: 'notes.io-bestaat-niet' });
  });

  it('another bank altogether is refused', () => {
    expect(refused(withResultField('bank', { id: 'ww-wijkaanpak', version: '1.0.0', hash: bankHash(bank) }))).toEqual({ code: 'unknown-bank', result: 1 });
  });

  it('names the result that is wrong', () => {
    const text = exportText([sample('an-a'), sample('an-b')]);
    const file = JSON.parse(text) as { results: Record<string, unknown>[] };
    at(file.results, 1).mode = 'samen';
    expect(refused(JSON.stringify(file))).toEqual({ code: 'invalid-result', result: 2, field: 'mode', problem: 'wrong' });
  });
});

describe('format versions', () => {
  const withVersion = (v: unknown) => {
    const file = JSON.parse(exportText([sample()])) as Record<string, unknown>;
    file.formatVersion = v;
    return JSON.stringify(file);
  };

  it('reads version 1', () => {
    expect(parseResultFile(withVersion(1), bank).ok).toBe(true);
  });

  it.each([2, 3, 99])('refuses newer version %s, saying which', (v) => {
    expect(refused(withVersion(v))).toEqual({ code: 'newer-version', version: v });
  });

  it.each([0, -1])('refuses formatVersion %j as unsupported, saying which version it has and which the app reads', (v) => {
    expect(refused(withVersion(v))).toEqual({ code: 'unsupported-version', version: v, limit: FORMAT_VERSION });
  });

  it.each<[unknown]>([['1'], [1.5], [null], [true], [[1]], [{}]])('refuses formatVersion %j as no valid version, saying which the app reads', (v) => {
    expect(refused(withVersion(v))).toEqual({ code: 'no-version', limit: FORMAT_VERSION });
  });

  it('refuses a file without formatVersion as having no valid version', () => {
    const file = JSON.parse(exportText([sample()])) as Record<string, unknown>;
    delete file.formatVersion;
    expect(refused(JSON.stringify(file))).toEqual({ code: 'no-version', limit: FORMAT_VERSION });
  });
});

describe('resultFileName', () => {
  const party = (name: string, partnership: string, id = 'an-x') =>
    createAnalysis({ party: { name, role: 'gemeente' }, mode: 'alone', partnership }, bank, id, T0);
  const day = new Date('2024-05-14T13:30:00.000Z');

  it.each<[string, Analysis[], string]>([
    ['partnership, party and date', [party('Gemeente Hengelo', 'Sociaal domein Hengelo')], 'bondgenoten-sociaal-domein-hengelo-gemeente-hengelo-2024-05-14.json'],
    ['no partnership', [party('Gemeente Hengelo', '')], 'bondgenoten-gemeente-hengelo-2024-05-14.json'],
    ['several results of one partnership', [party('A', 'Wijk Oost', 'an-a'), party('B', 'Wijk Oost', 'an-b'), party('C', 'Wijk Oost', 'an-c')], 'bondgenoten-wijk-oost-3-resultaten-2024-05-14.json'],
    ['several partnerships', [party('A', 'Wijk Oost', 'an-a'), party('B', 'Wijk West', 'an-b')], 'bondgenoten-2-resultaten-2024-05-14.json'],
    ['accents stripped', [party('Gemeente Súdwest-Fryslân', 'Zorg & Welzijn ’s-Hertogenbosch')], 'bondgenoten-zorg-welzijn-s-hertogenbosch-gemeente-sudwest-fryslan-2024-05-14.json'],
    ['a name with no latin letters', [party('東京', '')], 'bondgenoten-2024-05-14.json'],
  ])('%s', (_label, analyses, expected) => {
    expect(resultFileName(analyses, day)).toBe(expected);
  });

  it('takes another extension', () => {
    expect(resultFileName([party('Gemeente Hengelo', '')], day, 'csv')).toBe('bondgenoten-gemeente-hengelo-2024-05-14.csv');
  });

  it('slug: only a-z, 0-9 and single dashes between, at most 40 characters', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.array(fc.stringMatching(/^[A-Za-zé0-9]{1,9}$/), { minLength: 3, maxLength: 12 }).map((words) => words.join(' '))), (s) => {
      const out = slug(s);
      expect(out.length).toBeLessThanOrEqual(40);
      expect(out).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }));
  });

  it('slug: a name cut at 40 characters does not end in a dash', () => {
    expect(slug(`${'a'.repeat(39)} b`)).toBe('a'.repeat(39));
  });
});

describe('reading a file in steps', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => sample(`an-step${i}`));

  it('tells its progress every hundred results and ends with the same result as parseResultFile', () => {
    const text = exportText(many(250));
    const steps = readResultFile(text, bank);
    const progress: ReadProgress[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) progress.push(step.value);
    expect(progress).toEqual([
      { read: 0, total: 250 },
      { read: 100, total: 250 },
      { read: 200, total: 250 },
    ]);
    expect(step.value).toEqual(parseResultFile(text, bank));
    expect(step.value.ok && step.value.value.results).toHaveLength(250);
  });

  it('stops at the first broken result, whichever step it is in', () => {
    const file = JSON.parse(exportText(many(150))) as { results: Record<string, unknown>[] };
    at(file.results, 120).id = '__proto__';
    const steps = readResultFile(JSON.stringify(file), bank);
    let step = steps.next();
    for (; !step.done; step = steps.next());
    expect(step.value).toEqual({ ok: false, error: { code: 'invalid-result', result: 121, field: 'id', problem: 'wrong' } });
  });

  it('refuses an empty text and reads a text that starts with a byte order mark', () => {
    expect(refused('  \n\t ')).toEqual({ code: 'empty' });
    expect(imported(`\uFEFF${exportText([sample()])}`).results).toHaveLength(1);
  });
});

describe('notes and actions: one reader, the same rules for a result and a werkplaats', () => {
  const workshop = { id: 'ws-one', name: 'Werkplaats', resultIds: ['an-sample'], notes: {}, actions: [] as unknown[], createdAt: T0.toISOString(), updatedAt: T0.toISOString() };
  /** A file with one result and one werkplaats, the notes or actions of one of them replaced. */
  const fileWith = (where: 'result' | 'workshop', key: 'notes' | 'actions', value: unknown) => {
    const file = JSON.parse(exportText([sample()])) as { results: Record<string, unknown>[]; workshops?: unknown[] };
    if (where === 'result') file.results[0]![key] = value;
    file.workshops = [where === 'workshop' ? { ...workshop, [key]: value } : workshop];
    return JSON.stringify(file);
  };
  const action = (what: string) => ({ id: 'ac-one', kenmerkId: kenmerkIds[0], what, who: '', when: '' });
  const refusal = (where: 'result' | 'workshop') => (where === 'result' ? { code: 'invalid-result', result: 1 } : { code: 'invalid-workshop', workshop: 1 });

  it.each(['result', 'workshop'] as const)('%s: an action without a "what" is refused, with its field named', (where) => {
    expect(refused(fileWith(where, 'actions', [action('   ')]))).toEqual({ ...refusal(where), field: 'actions.0.what', problem: 'blank' });
  });

  it.each(['result', 'workshop'] as const)('%s: a note over LIMITS.note characters is refused', (where) => {
    expect(refused(fileWith(where, 'notes', { [kenmerkIds[0]!]: 'x'.repeat(LIMITS.note + 1) }))).toEqual({ ...refusal(where), field: `notes.${kenmerkIds[0]}`, problem: 'too-long', count: LIMITS.note + 1, limit: LIMITS.note });
    expect(imported(fileWith(where, 'notes', { [kenmerkIds[0]!]: 'x'.repeat(LIMITS.note) }))).toBeTruthy();
  });

  it.each(['result', 'workshop'] as const)('%s: more than LIMITS.actions actions are refused', (where) => {
    expect(refused(fileWith(where, 'actions', Array.from({ length: LIMITS.actions + 1 }, () => action('Doen'))))).toEqual({ ...refusal(where), field: 'actions', problem: 'too-many', count: LIMITS.actions + 1, limit: LIMITS.actions });
  });

  it.each(['result', 'workshop'] as const)('%s: an action is trimmed to its limits the same way', (where) => {
    const read = imported(fileWith(where, 'actions', [{ ...action('  Agenda maken  '), who: ' Jan ' }]));
    const actions = where === 'result' ? read.results[0]!.actions : read.workshops[0]!.actions;
    expect(actions).toEqual([{ id: 'ac-one', kenmerkId: kenmerkIds[0], what: 'Agenda maken', who: 'Jan', when: '' }]);
  });
});
