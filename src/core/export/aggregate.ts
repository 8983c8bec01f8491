import { ROLES, type Analysis, type Role } from '../analysis';
import { scoreAnalysis } from '../scoring/scoreAnalysis';
import type { Bank } from '../bank/types';

/*
 * Many result files put together, for an analyst (`npm run aggregate`, scripts/aggregate.mjs).
 * Pure: the command reads the files with the app's own reader and hands the analyses here.
 *
 * The CSV is written for tools, not for Dutch Excel (that is csv.ts): RFC 4180 with `,` between
 * cells, `.` as decimal point, CRLF between rows, UTF-8 without BOM, so DuckDB, pandas and R read
 * it as it is. Text that a spreadsheet would run as a formula is neutralised exactly as csv.ts
 * does (a leading `'`), because party names come from files and may start with = + - @.
 */

/** A cell: text, a number (dot decimal), or empty. */
export type PlainCell = string | number | null;

/** Columns of the long format: one row per result × statement. */
export const ANSWER_COLUMNS = [
  'file',
  'result_id',
  'party',
  'role',
  'level',
  'partnership',
  'date',
  'bank_version',
  'area',
  'kenmerk',
  'statement',
  'answer',
] as const;

/** Columns of the summary: one row per kenmerk and role (and per kenmerk for all roles: `alle`). */
export const SUMMARY_COLUMNS = [
  'area',
  'kenmerk',
  'kenmerk_label',
  'role',
  'results',
  'parties',
  'mean',
  'min',
  'max',
  'witte_vlekken',
  'onbekend',
] as const;

/** The `role` of the summary rows over every role together. */
export const ALL_ROLES = 'alle';

/** The same rule as csv.ts: a cell that starts like a formula (=, +, -, @, tab, CR) is written as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function plainCell(value: PlainCell, decimals: number): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(Number(value.toFixed(decimals))); // 3.5, 3.67, 4: no trailing zeros
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: `,` between cells, CRLF after every row (the last one too), no BOM; numbers with a dot, rounded to `decimals`. */
export function toPlainCsv(rows: readonly (readonly PlainCell[])[], decimals = 2): string {
  let out = '';
  for (const row of rows) out += row.map((c) => plainCell(c, decimals)).join(',') + '\r\n';
  return out;
}

/** A statement in bank order with its area and kenmerk. */
interface Place {
  area: string;
  kenmerk: string;
  statement: string;
}

const places = new WeakMap<Bank, Place[]>();

/** Every statement of the bank in bank order, with its area and kenmerk (computed once per bank). */
function statementPlaces(bank: Bank): Place[] {
  let list = places.get(bank);
  if (!list) {
    list = bank.areas.flatMap((area) => area.kenmerken.flatMap((kenmerk) => kenmerk.statements.map((s) => ({ area: area.id, kenmerk: kenmerk.id, statement: s.id }))));
    places.set(bank, list);
  }
  return list;
}

/**
 * The long-format rows of one result: every statement of the bank in bank order, with the answer
 * 1–5, `unknown` for "weet ik niet", or empty when unanswered. Answers to an earlier version of the
 * bank (`analysis.earlier`) are never scored and never written.
 */
export function answerRows(bank: Bank, analysis: Analysis, file: string): PlainCell[][] {
  const head: PlainCell[] = [
    file,
    analysis.id,
    analysis.party.name,
    analysis.party.role,
    analysis.party.level ?? null,
    analysis.partnership,
    analysis.updatedAt,
    analysis.bankVersion,
  ];
  return statementPlaces(bank).map((place) => {
    const v = Object.hasOwn(analysis.answers, place.statement) ? analysis.answers[place.statement] : undefined;
    return [...head, place.area, place.kenmerk, place.statement, v === undefined ? null : v === 'unknown' ? 'unknown' : v];
  });
}

/** Per kenmerk and role: how many results, and the scores of those that count. */
interface Tally {
  results: number;
  counted: number;
  sum: number;
  min: number;
  max: number;
  witteVlekken: number;
  onbekend: number;
}

/** Running totals for the summary; feed it results one at a time with addToSummary. */
export interface Summary {
  /** Per role (and ALL_ROLES): per kenmerk in bank order. */
  tallies: Map<string, Tally[]>;
}

/** An empty summary. */
export function newSummary(): Summary {
  return { tallies: new Map() };
}

function tallies(summary: Summary, role: string, size: number): Tally[] {
  let list = summary.tallies.get(role);
  if (!list) {
    list = Array.from({ length: size }, () => ({ results: 0, counted: 0, sum: 0, min: Infinity, max: -Infinity, witteVlekken: 0, onbekend: 0 }));
    summary.tallies.set(role, list);
  }
  return list;
}

/**
 * Adds one result, scored as the app scores it (scoreAnalysis, the bank's thresholds). A party that
 * is *onbekend* on a kenmerk counts as a party and as a witte vlek there, but not in its mean, min
 * and max — as in the compare view; a kenmerk with no score (nothing rated) is not counted at all.
 */
export function addToSummary(summary: Summary, bank: Bank, analysis: Analysis): void {
  const scores = scoreAnalysis(bank, analysis.answers).kenmerken;
  for (const role of [analysis.party.role, ALL_ROLES]) {
    const list = tallies(summary, role, scores.length);
    scores.forEach((k, i) => {
      const t = list[i];
      if (!t) return;
      t.results += 1;
      if (k.witteVlek) t.witteVlekken += 1;
      if (k.status === 'onbekend') t.onbekend += 1;
      else if (k.score !== null) {
        t.counted += 1;
        t.sum += k.score;
        t.min = Math.min(t.min, k.score);
        t.max = Math.max(t.max, k.score);
      }
    });
  }
}

/**
 * The summary as rows (header first): per kenmerk in bank order, each role that has results (in
 * the app's order of roles), then `alle`. `parties`: results with a score or *onbekend* on that
 * kenmerk; mean, min and max run over those with a score that is not *onbekend*.
 */
export function summaryRows(summary: Summary, bank: Bank): PlainCell[][] {
  const rows: PlainCell[][] = [[...SUMMARY_COLUMNS]];
  const roles = [...ROLES.filter((r: Role) => summary.tallies.has(r)), ...(summary.tallies.has(ALL_ROLES) ? [ALL_ROLES] : [])];
  let i = 0;
  for (const area of bank.areas) {
    for (const kenmerk of area.kenmerken) {
      for (const role of roles) {
        const t = summary.tallies.get(role)?.[i];
        if (!t) continue;
        const has = t.counted > 0;
        rows.push([area.id, kenmerk.id, kenmerk.label.nl, role, t.results, t.counted + t.onbekend, has ? t.sum / t.counted : null, has ? t.min : null, has ? t.max : null, t.witteVlekken, t.onbekend]);
      }
      i += 1;
    }
  }
  return rows;
}

/** The summary of a set of results, in one call. */
export function summarize(bank: Bank, analyses: readonly Analysis[]): PlainCell[][] {
  const summary = newSummary();
  for (const a of analyses) addToSummary(summary, bank, a);
  return summaryRows(summary, bank);
}
