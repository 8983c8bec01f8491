import { describe, expect, it } from 'vitest';
import { createAnalysis, type Analysis, type AnswerValue, type Role } from '../../src/core/analysis';
import { ALL_ROLES, ANSWER_COLUMNS, answerRows, summarize, SUMMARY_COLUMNS, toPlainCsv, type PlainCell } from '../../src/core/export/aggregate';
import { answersCsv, toCsv, type CsvLabels } from '../../src/core/export/csv';
import { compareResults } from '../../src/core/compare/compareResults';
import { parseResultFile } from '../../src/core/resultFile/readFile';
import { statementText } from '../../src/core/bank/localText';
import { allStatementIds, at, loadBank } from './helpers';

const bank = loadBank();
const NOW = new Date('2026-11-23T10:00:00.000Z');
const fixtures = import.meta.glob<string>('../fixtures/files/*.json', { query: '?raw', import: 'default', eager: true });
const named = (glob: RegExp) => Object.entries(fixtures).filter(([path]) => glob.test(path)).map(([path, text]) => ({ name: path.split('/').pop() ?? path, text }));

function read(text: string): Analysis[] {
  const parsed = parseResultFile(text, bank, undefined, NOW);
  if (!parsed.ok) throw new Error(`fixture refused: ${parsed.error.code}`);
  return parsed.value.results;
}

/** Cells of a CSV with this separator (quotes as RFC 4180); drops a BOM and the final line break. */
function parseCsv(csv: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

// (an assertion, not an annotation: labels the app's CSV gains later, like `follows`, do not break this test)
const labels = {
  area: 'Analysegebied', kenmerk: 'Kenmerk', statement: 'Stelling', mean: 'Gemiddelde', min: 'Laagste', max: 'Hoogste',
  range: 'Spreiding', unknown: 'weet ik niet', score: 'Score', witteVlek: 'Witte vlek', rated: 'Beoordeeld',
  unknownCount: 'Weet ik niet', areaMean: 'Gemiddelde', analysisName: 'Analyse', witteVlekYes: 'ja',
  witteVlekUnknown: 'onbekend', witteVlekNo: 'nee', follows: 'Vervolg op', statementAsReadBy: (role: Role) => `Stelling (${role})`,
} as CsvLabels;

const statements = new Map(bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements.map((s) => [s.id, { area: a, kenmerk: k, statement: s }] as const))));

describe('the long-format rows of a result', () => {
  const v2 = named(/\/v2-[^/]*\.json$/);

  it('are, for every result of the 2.0.0 fixtures, the statements and answers of the app\'s own answers CSV', () => {
    expect(v2.length).toBeGreaterThanOrEqual(2);
    for (const { name, text } of v2) {
      for (const analysis of read(text)) {
        const ours = answerRows(bank, analysis, `regio/${name}`);
        const app = parseCsv(answersCsv(bank, [analysis], 'nl', labels), ';').slice(1);
        expect(ours).toHaveLength(app.length);
        ours.forEach((row, i) => {
          const [areaLabel, kenmerkLabel, text, answer] = at(app, i);
          const place = statements.get(String(row[10]));
          if (!place) throw new Error(`unknown statement ${String(row[10])}`);
          expect(row.slice(0, 8)).toEqual([`regio/${name}`, analysis.id, analysis.party.name, analysis.party.role, analysis.party.level ?? null, analysis.partnership, analysis.updatedAt, '2.0.0']);
          expect([row[8], row[9]]).toEqual([place.area.id, place.kenmerk.id]);
          expect([place.area.label.nl, place.kenmerk.label.nl, statementText(place.statement, analysis.party.role, 'nl', bank)]).toEqual([areaLabel, kenmerkLabel, text]);
          expect(row[11] === null ? '' : row[11] === 'unknown' ? labels.unknown : String(row[11])).toBe(answer);
        });
      }
    }
  });

  it('leave out answers to an earlier version of the bank: they are kept in the analysis, never written', () => {
    const v1 = named(/\/v1-[^/]*\.json$/).flatMap(({ text }) => read(text));
    const withEarlier = v1.filter((a) => a.earlier && Object.keys(a.earlier.answers).length > 0);
    expect(withEarlier.length).toBeGreaterThan(0);
    for (const analysis of withEarlier) {
      const rows = answerRows(bank, analysis, 'v1.json');
      expect(rows.map((r) => r[10])).toEqual(allStatementIds(bank));
      const written = Object.fromEntries(rows.filter((r) => r[11] !== null).map((r) => [String(r[10]), r[11]]));
      expect(written).toEqual(analysis.answers);
      for (const id of Object.keys(analysis.earlier?.answers ?? {})) {
        if (!Object.hasOwn(analysis.answers, id)) expect(written[id]).toBeUndefined();
      }
    }
  });

  it('are RFC 4180 CSV: comma, dot decimal, CRLF, no BOM, quotes where needed, formulas neutralised as in the app\'s CSV', () => {
    const a: Analysis = { ...createAnalysis({ party: { name: '=HYPERLINK("x"), 1', role: 'burger' }, mode: 'alone', partnership: '+31 "regio"' }, bank, 'an-formula', NOW), answers: { 'io-practice-1': 2, 'io-practice-2': 'unknown' } };
    const csv = toPlainCsv([[...ANSWER_COLUMNS], ...answerRows(bank, a, '@bestand.json')]);
    expect(csv.startsWith('file,result_id,party,role,level,partnership,date,bank_version,area,kenmerk,statement,answer\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv, ',');
    expect(rows).toHaveLength(1 + allStatementIds(bank).length);
    expect(rows.every((r) => r.length === ANSWER_COLUMNS.length)).toBe(true);
    expect(at(rows, 1)).toEqual(["'@bestand.json", 'an-formula', '\'=HYPERLINK("x"), 1', 'burger', '', '\'+31 "regio"', NOW.toISOString(), '2.0.0', 'io', 'io-practice', 'io-practice-1', '2']);
    expect(at(rows, 2)[11]).toBe('unknown');
    expect(at(rows, 3)[11]).toBe('');
    // the same neutralising as the Dutch CSV of the app, for every formula start
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'gewoon']) {
      const dutch = at(at(parseCsv(toCsv([[text]], 'nl'), ';'), 0), 0);
      const plain = at(at(parseCsv(toPlainCsv([[text]]), ','), 0), 0);
      expect(plain).toBe(dutch);
    }
    expect(toPlainCsv([[3.5, 11 / 3, 4, null]])).toBe('3.5,3.67,4,\r\n');
  });
});

describe('the summary per kenmerk and role', () => {
  const thirds = (values: readonly (AnswerValue | undefined)[]) =>
    Object.fromEntries(['io-practice-1', 'io-practice-2', 'io-practice-3'].flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]]])));
  const party = (id: string, role: Role, answers: Record<string, AnswerValue>): Analysis => ({
    ...createAnalysis({ party: { name: id, role }, mode: 'alone', partnership: 'Regio' }, bank, id, NOW),
    answers,
  });
  const analyses = [
    party('an-a', 'gemeente', thirds([2, 2, 2])), // score 2: laag (witte vlek)
    party('an-b', 'gemeente', thirds([4, 4, 4])), // 4: ok
    party('an-c', 'instelling', thirds(['unknown', 'unknown', 5])), // onbekend: counted as party and witte vlek, not in the mean
    party('an-d', 'burger', {}), // nothing answered: no score, not a party here
    party('an-e', 'instelling', thirds([5, 5, 'unknown'])), // 5: ok (1 of 3 "weet ik niet")
  ];
  const rows = summarize(bank, analyses);
  const kenmerken = bank.areas.flatMap((a) => a.kenmerken);

  it('has a header, then per kenmerk in bank order each role with results and then all roles', () => {
    expect(at(rows, 0)).toEqual([...SUMMARY_COLUMNS]);
    expect(rows).toHaveLength(1 + kenmerken.length * 4);
    expect(rows.slice(1).map((r) => `${String(r[1])}/${String(r[3])}`)).toEqual(kenmerken.flatMap((k) => ['gemeente', 'instelling', 'burger', ALL_ROLES].map((r) => `${k.id}/${r}`)));
  });

  it('counts parties, witte vlekken and onbekend, with mean, min and max over the parties with a score', () => {
    const practice = rows.filter((r) => r[1] === 'io-practice').map((r) => r.slice(3));
    const expected: PlainCell[][] = [
      ['gemeente', 2, 2, 3, 2, 4, 1, 0],
      ['instelling', 2, 2, 5, 5, 5, 1, 1],
      ['burger', 1, 0, null, null, null, 0, 0],
      [ALL_ROLES, 5, 4, 11 / 3, 2, 5, 2, 1],
    ];
    expect(practice).toEqual(expected);
    const other = rows.find((r) => r[1] === 'io-horizontaal' && r[3] === ALL_ROLES);
    expect(other?.slice(4)).toEqual([5, 0, null, null, null, 0, 0]);
    expect(toPlainCsv(rows).split('\r\n')[4]).toBe('io,io-practice,Practice what you preach,alle,5,4,3.67,2,5,2,1');
  });

  it('over all roles says what the compare view says of the same parties', () => {
    const v2 = named(/\/v2-[^/]*\.json$/).flatMap(({ text }) => read(text));
    const all = summarize(bank, v2).filter((r) => r[3] === ALL_ROLES);
    const comparison = compareResults(bank, v2);
    expect(all.map((r) => [r[1], r[5], r[6], r[7], r[8], r[10]])).toEqual(
      comparison.kenmerken.map((k) => [k.kenmerkId, k.counted + k.onbekend, k.mean, k.min, k.max, k.onbekend]),
    );
  });
});
