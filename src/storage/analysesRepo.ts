import { getDb } from './db';
import { withAnswer, withName, type Analysis, type AnswerValue } from '../core/analysis';

/** All analyses on this device, most recently changed first. */
export async function listAnalyses(): Promise<Analysis[]> {
  const db = await getDb();
  const all = await db.getAllFromIndex('analyses', 'by-updated');
  return all.reverse();
}

/** One analysis, or undefined when it is not (or no longer) here. */
export async function getAnalysis(id: string): Promise<Analysis | undefined> {
  return (await getDb()).get('analyses', id);
}

/** Stores a new analysis; fails when the id exists. */
export async function addAnalysis(analysis: Analysis): Promise<void> {
  await (await getDb()).add('analyses', analysis);
}

/**
 * Changes one stored analysis in a single read-modify-write transaction, so that a change
 * made meanwhile in another tab is never overwritten by stale state. Returns the new record.
 */
async function update(id: string, change: (current: Analysis) => Analysis): Promise<Analysis> {
  const db = await getDb();
  const tx = db.transaction('analyses', 'readwrite');
  const current = await tx.store.get(id);
  if (!current) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error('analysis not found');
  }
  const next = change(current);
  void tx.store.put(next);
  await tx.done;
  return next;
}

/** Saves one answer the moment it is given. */
export function saveAnswer(id: string, statementId: string, value: AnswerValue, now = new Date()): Promise<Analysis> {
  return update(id, (a) => withAnswer(a, statementId, value, now));
}

/** Remembers which area the user is on, so reopening resumes there. */
export function saveAreaIndex(id: string, areaIndex: number): Promise<Analysis> {
  return update(id, (a) => ({ ...a, areaIndex }));
}

/** Renames an analysis. */
export function renameAnalysis(id: string, name: string, now = new Date()): Promise<Analysis> {
  return update(id, (a) => withName(a, name, now));
}

/** Deletes an analysis (the UI asks for confirmation first). */
export async function deleteAnalysis(id: string): Promise<void> {
  await (await getDb()).delete('analyses', id);
}
