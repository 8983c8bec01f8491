import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import { validateBank } from '../../src/core/bank/validateBank';
import type { Bank, Kenmerk, LocalText, SourceRef } from '../../src/core/bank/types';
import { at, loadBank, loadSchema, questionFiles, rawBank } from './helpers';

const ajv = new Ajv({ allErrors: true, strict: false });
const schemaValid = ajv.compile(loadSchema());

/** The problems validateBank lists; [] when the data is accepted. */
function problems(data: unknown): string[] {
  const result = validateBank(data);
  return result.ok ? [] : result.error;
}

// A question bank is a file in questions/ that declares the bank schema (the glossary and sources have their own).
const banks = [...questionFiles()].filter(([, text]) => (JSON.parse(text) as { $schema?: unknown }).$schema === './bank.schema.json');

describe('every bank in questions/', () => {
  it('includes bondgenoten.json', () => {
    expect(banks.map(([name]) => name)).toContain('bondgenoten.json');
  });

  it.each(banks)('%s passes validateBank and the JSON Schema', (_name, text) => {
    const data = JSON.parse(text) as unknown;
    expect(problems(data)).toEqual([]);
    expect(schemaValid(data), ajv.errorsText(schemaValid.errors)).toBe(true);
  });
});

describe('the bondgenoten bank', () => {
  const bank = loadBank();
  const kenmerken = bank.areas.flatMap((a) => a.kenmerken);

  it('has the areas io, ma, va, ua with 4/4/5/4 kenmerken and the fixed kenmerk ids', () => {
    expect(bank.areas.map((a) => a.id)).toEqual(['io', 'ma', 'va', 'ua']);
    expect(bank.areas.map((a) => a.kenmerken.length)).toEqual([4, 4, 5, 4]);
    expect(kenmerken.map((k) => k.id)).toEqual([
      'io-practice', 'io-horizontaal', 'io-verticaal', 'io-instellingen',
      'ma-visie', 'ma-coalitie', 'ma-concreet', 'ma-draagvlak',
      'va-opgaven', 'va-ontrafelen', 'va-waarde', 'va-vernieuwing', 'va-burgers',
      'ua-werkwijze', 'ua-competenties', 'ua-implementatie', 'ua-burgers',
    ]);
  });

  it.each(kenmerken.map((k) => [k.id, k] as const))('%s has 2–5 statements (werkwijze: one per baken, 8), each proces or inhoud', (id, k) => {
    expect(k.statements.length).toBeGreaterThanOrEqual(2);
    expect(k.statements.length).toBeLessThanOrEqual(id === 'ua-werkwijze' ? 8 : 5);
    for (const s of k.statements) expect(['proces', 'inhoud']).toContain(s.aspect);
  });

  it('keeps the two betrokkenheid-burgers kenmerken apart in both languages', () => {
    const va = kenmerken.find((k) => k.id === 'va-burgers');
    const ua = kenmerken.find((k) => k.id === 'ua-burgers');
    if (!va || !ua) throw new Error('va-burgers or ua-burgers missing');
    for (const lang of ['nl', 'en'] as const) {
      expect(va.label[lang]).not.toBe(ua.label[lang]);
    }
  });
});

const k0 = (b: Bank): Kenmerk => at(at(b.areas, 0).kenmerken, 0);
const unsafeIds = ['__proto__', 'constructor', 'toString', 'IO-1', '', 'io-', 'ab-' + 'c'.repeat(46)];

type Mutation = [name: string, change: (b: Bank) => unknown, message: RegExp, schemaRejects: boolean];

const mutations: Mutation[] = [
  ['duplicate statement id', (b) => { at(k0(b).statements, 1).id = at(k0(b).statements, 0).id; return b; }, /duplicate id/, false],
  ['duplicate kenmerk id across areas', (b) => { at(at(b.areas, 1).kenmerken, 0).id = k0(b).id; return b; }, /duplicate id/, false],
  ['statement id equal to an area id', (b) => { at(k0(b).statements, 0).id = at(b.areas, 1).id; return b; }, /duplicate id/, false],
  ...unsafeIds.map((id): Mutation => [`unsafe kenmerk id ${JSON.stringify(id)}`, (b) => { k0(b).id = id; return b; }, /kenmerken\.0\.id/, true]),
  ...unsafeIds.map((id): Mutation => [`unsafe statement id ${JSON.stringify(id)}`, (b) => { at(k0(b).statements, 0).id = id; return b; }, /statements\.0\.id/, true]),
  ['unsafe advice id', (b) => { k0(b).advice = [{ id: '__proto__', title: k0(b).label, text: k0(b).label, roles: ['gemeente'], source: k0(b).source }]; return b; }, /advice\.0\.id/, true],
  ['a kenmerk with 1 statement', (b) => { k0(b).statements.splice(1); return b; }, /statements/, true],
  ['a kenmerk with 9 statements', (b) => {
    const s = at(k0(b).statements, 0);
    k0(b).statements = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ ...s, id: `zz-extra-${n}` }));
    return b;
  }, /statements/, true],
  ['a statement that rates no aspect', (b) => { k0(b).statements.push({ ...at(k0(b).statements, 0), id: 'zz-orphan' }); return b; }, /zz-orphan: rates no aspect/, false],
  ['an aspect rated by a statement of another kenmerk', (b) => { at(k0(b).aspects, 0).ratedBy = ['ma-visie-1']; return b; }, /not a statement of/, false],
  ['an aspect neither rated nor left out', (b) => { delete at(k0(b).aspects, 0).ratedBy; delete at(k0(b).aspects, 0).leftOut; return b; }, /ratedBy or leftOut/, true],
  ['a role wording (roleText is gone)', (b) => { (at(k0(b).statements, 0) as unknown as Record<string, unknown>).roleText = { burger: k0(b).label }; return b; }, /roleText/, true],
  ['an unknown placeholder', (b) => { at(k0(b).statements, 0).text = { nl: 'In {gemeente} …', en: 'In {gemeente} …' }; return b; }, /unknown placeholder/, false],
  ['{org} in Dutch only', (b) => { at(k0(b).statements, 0).text = { nl: '{Org} doet het.', en: 'We do it.' }; return b; }, /appears 1× in Dutch and 0× in English/, false],
  ['a role without reflection questions', (b) => { k0(b).reflection.burger = []; return b; }, /reflection\.burger/, true],
  ['advice without roles', (b) => { at(k0(b).advice, 0).roles = []; return b; }, /advice\.0\.roles/, true],
  ['a text without en', (b) => { delete (k0(b).label as Partial<LocalText>).en; return b; }, /label\.en/, true],
  ['an empty nl text', (b) => { k0(b).label.nl = ''; return b; }, /label\.nl/, true],
  ['non-consecutive scale values', (b) => { at(b.scale.points, 2).value = 4; return b; }, /consecutive/, false],
  ['descending scale values', (b) => { b.scale.points.reverse(); return b; }, /consecutive/, false],
  ['a source with from > to', (b) => { k0(b).source = [{ seed: '001', from: 10, to: 9 }]; return b; }, /10-9/, false],
  ['an unknown seed', (b) => { k0(b).source = [{ seed: '009' as SourceRef['seed'], from: 1, to: 2 }]; return b; }, /source\.0\.seed/, true],
  ['onbekendShare 0', (b) => { b.thresholds.onbekendShare = 0; return b; }, /onbekendShare/, true],
  ['no areas', (b) => { b.areas = []; return b; }, /areas/, true],
  ['a number', () => 42, /\(root\)/, true],
  ['a string', () => 'bank', /\(root\)/, true],
  ['an array', () => [], /areas/, true],
  ['undefined', () => undefined, /\(root\)/, true],
  ['null', () => null, /\(root\)/, true],
];

describe('validateBank rejects a broken bank with messages', () => {
  it.each(mutations)('%s', (_name, change, message, schemaRejects) => {
    const data = change(rawBank());
    const found = problems(data);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
    expect(found.join('\n')).toMatch(message);
    if (schemaRejects) expect(schemaValid(data)).toBe(false);
  });

  it.each<[string, (b: Bank) => void]>([
    ['a scale starting at 0', (b) => b.scale.points.forEach((p, i) => (p.value = i))],
    ['a source with from = to', (b) => (k0(b).source = [{ seed: '001', from: 5, to: 5 }])],
    ['a kenmerk with exactly 2 statements', (b) => {
      k0(b).statements.splice(2);
      const aspect = { ...at(k0(b).aspects, 0), ratedBy: k0(b).statements.map((s) => s.id) };
      delete aspect.leftOut;
      k0(b).aspects = [aspect];
    }],
  ])('accepts the edge case: %s', (_name, change) => {
    const b = rawBank();
    change(b);
    expect(problems(b)).toEqual([]);
    expect(schemaValid(b), ajv.errorsText(schemaValid.errors)).toBe(true);
  });

  it('reports every problem, not only the first', () => {
    const b = rawBank();
    k0(b).id = '__proto__';
    at(k0(b).statements, 0).id = 'IO-1';
    expect(problems(b).length).toBeGreaterThanOrEqual(2);
  });
});
