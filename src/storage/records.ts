import { withDefaults, type Analysis, type Answers, type AnswerValue } from '../core/analysis';
import { isSafeId } from '../core/ids';

/**
 * An analysis as stored. Its `answers` are the ones that came with it (from a file, or from a
 * version-2 database); answers given on this device are answer records, which win.
 */
export type AnalysisRecord = Analysis;

/** One answer given on this device: one record per (analysis, statement). */
export interface AnswerRecord {
  analysisId: string;
  statementId: string;
  value: AnswerValue;
  /** When it was given (ISO 8601). */
  at: string;
}

/** The analysis as the app sees it: the record with its answer records on top, last change included. */
export function toAnalysis(record: AnalysisRecord, answers: readonly AnswerRecord[]): Analysis {
  const merged: Answers = { ...record.answers };
  let updatedAt = record.updatedAt;
  for (const a of answers) {
    if (!isSafeId(a.statementId)) continue; // never a key such as __proto__
    merged[a.statementId] = a.value;
    if (a.at > updatedAt) updatedAt = a.at;
  }
  return { ...withDefaults(record), answers: merged, updatedAt };
}

/** Groups answer records by analysis id. */
export function byAnalysis(answers: readonly AnswerRecord[]): Map<string, AnswerRecord[]> {
  const groups = new Map<string, AnswerRecord[]>();
  for (const a of answers) {
    const group = groups.get(a.analysisId);
    if (group) group.push(a);
    else groups.set(a.analysisId, [a]);
  }
  return groups;
}
