import type { AnswerRecord } from './records';

/**
 * Answers that could not be stored (a newer version of the app took the database, or a write
 * failed), kept in this tab's sessionStorage so that they survive a reload and are stored as soon
 * as the database is open again. Small, and only used when something went wrong.
 */
const KEY = 'bondgenoten.unsavedAnswers';

function read(): AnswerRecord[] {
  try {
    const value: unknown = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? (value as AnswerRecord[]) : [];
  } catch {
    return [];
  }
}

function write(answers: AnswerRecord[]): void {
  try {
    if (answers.length === 0) globalThis.sessionStorage?.removeItem(KEY);
    else globalThis.sessionStorage?.setItem(KEY, JSON.stringify(answers));
  } catch {
    /* no sessionStorage (or full): the answer stays on the page only, which says so */
  }
}

const same = (a: AnswerRecord, b: AnswerRecord) => a.analysisId === b.analysisId && a.statementId === b.statementId;

/** Keeps an answer that was not stored (the newest answer to a statement replaces an older one). */
export function keepUnsaved(answer: AnswerRecord): void {
  write([...read().filter((a) => !same(a, answer)), answer]);
}

/** Forgets a kept answer once it is stored (only if it is still the one kept). */
export function forgetUnsaved(answer: AnswerRecord): void {
  const kept = read();
  const rest = kept.filter((a) => !(same(a, answer) && a.at <= answer.at));
  if (rest.length !== kept.length) write(rest);
}

/** The answers kept in this tab, oldest first. */
export function unsavedAnswers(): AnswerRecord[] {
  return read();
}
