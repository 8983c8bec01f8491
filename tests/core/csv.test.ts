import { describe, expect, it } from 'vitest';
import { createAnalysis, type Analysis, type AnswerValue, type Role } from '../../src/core/analysis';
import { answersCsv, scoresCsv, type CsvLabels } from '../../src/core/export/csv';
import type { Bank } from '../../src/core/bank/types';
import { at, loadBank } from './helpers';

const bank = loadBank();
const NOW = new Date('2026-11-23T10:00:00.000Z');

const labels: CsvLabels = {
  area: 'Analysegebied',
  kenmerk: 'Kenmerk',
  statement: 'Stelling',
  mean: 'Gemiddelde',
  min: 'Laagste',
  max: 'Hoogste',
  range: 'Spreiding',
  unknown: 'weet ik niet',
  score: 'Score',
  witteVlek: 'Witte vlek',
  rated: 'Beoordeelde stellingen',
  unknownCount: 'Aantal weet ik niet',
  areaMean: 'Gemiddelde van het gebied',
  analysisName: 'Analyse',
  follows: 'Vervolg op meting (id)',
  witteVlekYes: 'ja',
  witteVlekUnknown: 'onbekend',
  witteVlekNo: 'nee',
  statementAsReadBy: (role) => `Stelling (${role})`,
};
const enLabels: CsvLabels = { ...labels, area: 'Analysis area', score: 'Score', witteVlek: 'Blind spot', witteVlekYes: 'yes', witteVlekUnknown: 'unknown', witteVlekNo: 'no' };

/** An analysis of the real bank with these answers (statement id → answer). */
function analysis(name: string, answers: Record<string, AnswerValue>, role: Role = 'gemeente', id = 'an-test'): Analysis {
  const a = createAnalysis({ party: { name: 'Partij', role }, mode: 'alone', partnership: '' }, bank, id, NOW);
  return { ...a, name, answers };
}

/** Every statement 4, except the ones given. */
function allFourExcept(except: Record<string, AnswerValue | undefined>): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const s of bank.areas.flatMap((x) => x.kenmerken.flatMap((k) => k.statements))) {
    const v = Object.hasOwn(except, s.id) ? except[s.id] : 4;
    if (v !== undefined) answers[s.id] = v;
  }
  return answers;
}

/** The rows of a CSV as cells (fair for our fixtures: no ";" or quotes inside cells). */
function rows(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n').map((row) => row.split(';'));
}

const kenmerken = bank.areas.flatMap((a) => a.kenmerken.map((k) => ({ area: a, kenmerk: k })));

describe('scoresCsv of one analysis', () => {
  // io-practice 2, 2, 3 → 2.33: laag; io-horizontaal "weet ik niet" twice and 5 → onbekend;
  // io-verticaal nothing → open (no score); everything else 4 → ok.
  const one = analysis('Gemeente Hengelo', allFourExcept({
    'io-practice-1': 2, 'io-practice-2': 2, 'io-practice-3': 3,
    'io-horizontaal-1': 'unknown', 'io-horizontaal-2': 'unknown', 'io-horizontaal-4': 5,
    'io-verticaal-4': undefined, 'io-verticaal-1': undefined, 'io-verticaal-2': undefined,
  }));

  it('has the columns people ask for, and no mean / lowest / highest / range', () => {
    const table = rows(scoresCsv(bank, [one], 'nl', labels));
    expect(table[0]).toEqual(['Analysegebied', 'Kenmerk', 'Score', 'Witte vlek', 'Beoordeelde stellingen', 'Aantal weet ik niet']);
    expect(table[0]).not.toContain('Laagste');
    expect(table[0]).not.toContain('Hoogste');
    expect(table[0]).not.toContain('Spreiding');
    expect(table.slice(1, 18).map((r) => [r[0], r[1]])).toEqual(kenmerken.map(({ area, kenmerk: k }) => [area.label.nl, k.label.nl]));
    expect(table.slice(1, 18).every((r) => r.length === 6)).toBe(true);
  });

  it('writes score, witte vlek (ja / onbekend / nee, empty without a score) and the counts', () => {
    const table = rows(scoresCsv(bank, [one], 'nl', labels));
    expect(table[1]?.slice(2)).toEqual(['2,3', 'ja', '3', '0']); // io-practice
    expect(table[2]?.slice(2)).toEqual(['5,0', 'onbekend', '1', '2']); // io-horizontaal
    expect(table[3]?.slice(2)).toEqual(['', '', '0', '0']); // io-verticaal: open
    expect(table[4]?.slice(2)).toEqual(['4,0', 'nee', '4', '0']); // io-instellingen
    expect(table[14]?.slice(2)).toEqual(['4,0', 'nee', '8', '0']); // ua-werkwijze: 8 statements
  });

  it('ends with the four area means after a blank row, then whose analysis it is', () => {
    const table = rows(scoresCsv(bank, [one], 'nl', labels));
    expect(table).toHaveLength(1 + 17 + 1 + 1 + 4 + 1 + 1);
    expect(table[18]).toEqual(['']);
    expect(table[19]).toEqual(['Analysegebied', 'Gemiddelde van het gebied']);
    // io: mean of 2.33, 5 and 4 (the open kenmerk is left out, not 0) = 3.78
    expect(table.slice(20, 24)).toEqual([
      [at(bank.areas, 0).label.nl, '3,8'],
      [at(bank.areas, 1).label.nl, '4,0'],
      [at(bank.areas, 2).label.nl, '4,0'],
      [at(bank.areas, 3).label.nl, '4,0'],
    ]);
    expect(table[24]).toEqual(['']);
    expect(table[25]).toEqual(['Analyse', 'Gemeente Hengelo']);
  });

  it('an area without any score has an empty mean', () => {
    const table = rows(scoresCsv(bank, [analysis('Leeg', {})], 'nl', labels));
    expect(table.slice(20, 24).map((r) => r[1])).toEqual(['', '', '', '']);
    expect(table.slice(1, 18).every((r) => r[2] === '' && r[3] === '')).toBe(true);
  });

  it('in English: decimal point and the English words', () => {
    const table = rows(scoresCsv(bank, [one], 'en', enLabels));
    expect(table[0]?.slice(0, 4)).toEqual(['Analysis area', 'Kenmerk', 'Score', 'Blind spot']);
    expect(table[1]?.slice(1)).toEqual([at(kenmerken, 0).kenmerk.label.en, '2.3', 'yes', '3', '0']);
    expect(table[2]?.slice(2, 4)).toEqual(['5.0', 'unknown']);
    expect(table[4]?.slice(2, 4)).toEqual(['4.0', 'no']);
    expect(table[20]).toEqual([at(bank.areas, 0).label.en, '3.8']);
  });
});

describe('scoresCsv of several analyses keeps its shape', () => {
  it('each party, mean, lowest, highest, range; no witte-vlek or count columns', () => {
    const a = analysis('A', allFourExcept({}), 'gemeente', 'an-a');
    const b = analysis('B', allFourExcept({ 'io-practice-1': 2, 'io-practice-2': 2, 'io-practice-3': 2 }), 'instelling', 'an-b');
    const table = rows(scoresCsv(bank, [a, b], 'nl', labels));
    expect(table).toHaveLength(18);
    expect(table[0]).toEqual(['Analysegebied', 'Kenmerk', 'A', 'B', 'Gemiddelde', 'Laagste', 'Hoogste', 'Spreiding']);
    expect(table[1]?.slice(2)).toEqual(['4,0', '2,0', '3,0', '2,0', '4,0', '2,0']);
  });
});

describe('formula-like text is written as text in both CSVs', () => {
  const cmd = '=cmd|\' /c calc\'!A1';
  const sum = '@SUM(1+1)*cmd|\' /c calc\'!A0';
  const evilA = analysis(cmd, allFourExcept({}), 'gemeente', 'an-a');
  const evilB = analysis(sum, allFourExcept({}), 'burger', 'an-b');

  it('a party name in the scores CSV of one analysis', () => {
    for (const [party, out] of [[evilA, `'${cmd}`], [evilB, `'${sum}`]] as const) {
      const table = rows(scoresCsv(bank, [party], 'nl', labels));
      expect(table.at(-1)).toEqual(['Analyse', out]);
      expect(table.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
    }
  });

  it('party names in the scores CSV of several analyses', () => {
    const table = rows(scoresCsv(bank, [evilA, evilB], 'nl', labels));
    expect(table[0]?.slice(2, 4)).toEqual([`'${cmd}`, `'${sum}`]);
    expect(table.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  it('party names in the answers CSV, of one and of several analyses', () => {
    expect(rows(answersCsv(bank, [evilA], 'nl', labels))[0]).toEqual(['Analysegebied', 'Kenmerk', 'Stelling', `'${cmd}`]);
    const both = rows(answersCsv(bank, [evilA, evilB], 'nl', labels));
    expect(both[0]?.slice(-2)).toEqual([`'${cmd}`, `'${sum}`]);
    expect(both.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
  });

  it('labels from a bank (areas, kenmerken) and the column titles', () => {
    const hostile = structuredClone(bank) as Bank;
    const area = at(hostile.areas, 0);
    area.label.nl = '+31 gebied';
    at(area.kenmerken, 0).label.nl = '-1 kenmerk';
    const evilLabels: CsvLabels = { ...labels, score: '=Score', witteVlekYes: '@ja' };
    const low = analysis('Laag', allFourExcept({ 'io-practice-1': 1, 'io-practice-2': 1, 'io-practice-3': 1 }));
    for (const csv of [scoresCsv(hostile, [low], 'nl', evilLabels), scoresCsv(hostile, [low, evilA], 'nl', labels), answersCsv(hostile, [low], 'nl', labels)]) {
      const table = rows(csv);
      expect(table[1]?.slice(0, 2)).toEqual(["'+31 gebied", "'-1 kenmerk"]);
      expect(table.flat().some((c) => /^[=+\-@]/.test(c))).toBe(false);
    }
    expect(rows(scoresCsv(hostile, [low], 'nl', evilLabels))[1]?.slice(2, 4)).toEqual(['1,0', "'@ja"]);
  });
});
