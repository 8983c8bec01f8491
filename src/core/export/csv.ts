import { compareResults } from '../compare/compareResults';
import { statementText } from '../bank/localText';
import { scoreAnalysis } from '../scoring/scoreAnalysis';
import type { KenmerkStatus } from '../scoring/scoreKenmerk';
import type { Analysis, Role } from '../analysis';
import type { Bank, Lang } from '../bank/types';

/** A cell: text, a number (written with a decimal comma in Dutch), or empty. */
export type Cell = string | number | null;

const BOM = '\uFEFF';

function cell(value: Cell, lang: Lang, decimals: number): string {
  if (value === null) return '';
  let out = typeof value === 'number' ? value.toFixed(decimals) : value;
  if (typeof value === 'number' && lang === 'nl') out = out.replace('.', ',');
  // A text that a spreadsheet would run as a formula is shown as text instead.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(out)) out = `'${out}`;
  return /[";\r\n]/.test(out) ? `"${out.replace(/"/g, '""')}"` : out;
}

/** CSV as Dutch Excel opens it: UTF-8 with BOM, `;` between cells, CRLF between rows. */
export function toCsv(rows: Cell[][], lang: Lang, decimals = 1): string {
  return BOM + rows.map((row) => row.map((c) => cell(c, lang, decimals)).join(';')).join('\r\n') + '\r\n';
}

/** Column titles the caller supplies in the user's language (core has no translations). */
export interface CsvLabels {
  area: string;
  kenmerk: string;
  statement: string;
  mean: string;
  min: string;
  max: string;
  range: string;
  unknown: string;
  /** One analysis: title of its score column ("Score"). */
  score: string;
  /** One analysis: title of the witte-vlek column ("Witte vlek"). */
  witteVlek: string;
  /** One analysis: title of the count of rated statements ("Beoordeelde stellingen"). */
  rated: string;
  /** One analysis: title of the count of "weet ik niet" answers ("Aantal 'weet ik niet'"). */
  unknownCount: string;
  /** One analysis: title of the area-means block's value column ("Gemiddelde van het gebied"). */
  areaMean: string;
  /** One analysis: the label before its name on the last row ("Analyse"). */
  analysisName: string;
  /** Row title for the id of the earlier measurement a follow-up belongs to. */
  follows: string;
  /** Witte-vlek cell of a low score ("ja"). */
  witteVlekYes: string;
  /** Witte-vlek cell when half or more is "weet ik niet" ("onbekend"). */
  witteVlekUnknown: string;
  /** Witte-vlek cell of a score at or above the threshold ("nee"). */
  witteVlekNo: string;
  /** Title of the statement column when parties of several roles read it: "Stelling (gemeente)". */
  statementAsReadBy: (role: Role) => string;
}

/** The witte-vlek cell: ja / onbekend / nee; empty while the kenmerk has no score yet (`open`). */
function witteVlekCell(status: KenmerkStatus, labels: CsvLabels): Cell {
  switch (status) {
    case 'laag':
      return labels.witteVlekYes;
    case 'onbekend':
      return labels.witteVlekUnknown;
    case 'ok':
      return labels.witteVlekNo;
    case 'open':
      return null;
  }
}

/**
 * Scores as a spreadsheet.
 * - One analysis: per kenmerk its area, score, witte vlek (ja / onbekend / nee), the number of rated
 *   statements and of "weet ik niet"; after a blank row the four area means; after another blank
 *   row whose analysis it is. The first row is the header, so a filter or sort in Excel just works.
 * - Several analyses: per kenmerk each party's score, then mean, lowest, highest and range.
 */
export function scoresCsv(bank: Bank, analyses: readonly Analysis[], lang: Lang, labels: CsvLabels): string {
  const only = analyses.length === 1 ? analyses[0] : undefined;
  if (only) return oneAnalysisScoresCsv(bank, only, lang, labels);
  const comparison = compareResults(bank, analyses);
  const rows: Cell[][] = [[labels.area, labels.kenmerk, ...analyses.map((a) => a.name), labels.mean, labels.min, labels.max, labels.range]];
  let i = 0;
  for (const area of bank.areas) {
    for (const kenmerk of area.kenmerken) {
      const spread = comparison.kenmerken[i];
      i += 1;
      if (!spread) continue;
      rows.push([area.label[lang], kenmerk.label[lang], ...spread.values, spread.mean, spread.min, spread.max, spread.range]);
    }
  }
  return toCsv(rows, lang);
}

function oneAnalysisScoresCsv(bank: Bank, analysis: Analysis, lang: Lang, labels: CsvLabels): string {
  const scores = scoreAnalysis(bank, analysis.answers);
  const rows: Cell[][] = [[labels.area, labels.kenmerk, labels.score, labels.witteVlek, labels.rated, labels.unknownCount]];
  bank.areas.forEach((area, a) => {
    area.kenmerken.forEach((kenmerk, k) => {
      const score = scores.areas[a]?.kenmerken[k];
      if (!score) return;
      // Counts are whole numbers: written without decimals (as text, so toCsv leaves them as they are).
      rows.push([area.label[lang], kenmerk.label[lang], score.score, witteVlekCell(score.status, labels), String(score.rated), String(score.unknown)]);
    });
  });
  rows.push([]);
  rows.push([labels.area, labels.areaMean]);
  bank.areas.forEach((area, a) => rows.push([area.label[lang], scores.areas[a]?.score ?? null]));
  rows.push([]);
  rows.push([labels.analysisName, analysis.name]);
  if (analysis.follows) rows.push([labels.follows, analysis.follows]);
  return toCsv(rows, lang);
}

/**
 * Every statement (rows) with each party's raw answer (columns). The statement is written as the
 * respondents read it: one column per role among the parties (they differ only in who "{org}" is).
 */
export function answersCsv(bank: Bank, analyses: readonly Analysis[], lang: Lang, labels: CsvLabels): string {
  const roles = [...new Set(analyses.map((a) => a.party.role))];
  const titles = roles.length <= 1 ? [labels.statement] : roles.map(labels.statementAsReadBy);
  const rows: Cell[][] = [[labels.area, labels.kenmerk, ...titles, ...analyses.map((a) => a.name)]];
  const asRead = roles.length === 0 ? (['anders'] as Role[]) : roles;
  for (const area of bank.areas) {
    for (const kenmerk of area.kenmerken) {
      for (const statement of kenmerk.statements) {
        const answers = analyses.map((a) => {
          const v = Object.hasOwn(a.answers, statement.id) ? a.answers[statement.id] : undefined;
          return v === undefined ? null : v === 'unknown' ? labels.unknown : String(v);
        });
        rows.push([area.label[lang], kenmerk.label[lang], ...asRead.map((r) => statementText(statement, r, lang, bank)), ...answers]);
      }
    }
  }
  return toCsv(rows, lang, 0);
}
