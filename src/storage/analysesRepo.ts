import { analysesStore, analysesStoreNow } from './analysesStore';
import { announceChange } from './changeFeed';
import { trackWrite } from './writeTracker';
import { withAnswer, withName, type Analysis, type AnswerValue } from '../core/analysis';

/** All analyses on this device, most recently changed first. */
export async function listAnalyses(): Promise<Analysis[]> {
  return (await (await analysesStore()).all()).reverse();
}

/** One analysis, or undefined when it is not (or no longer) here. */
export async function getAnalysis(id: string): Promise<Analysis | undefined> {
  return (await analysesStore()).get(id);
}

/** Stores a new analysis; fails when the id exists. */
export function addAnalysis(analysis: Analysis): Promise<void> {
  return trackWrite(
    analysesStore()
      .then((store) => store.add(analysis))
      .then(() => announceChange(analysis.id)),
  );
}

/** Changes one stored analysis in a single read-modify-write step, tells other tabs, returns the new record. */
function update(id: string, change: (current: Analysis) => Analysis): Promise<Analysis> {
  const ready = analysesStoreNow();
  const written = ready ? ready.update(id, change) : analysesStore().then((store) => store.update(id, change));
  return trackWrite(
    written.then((next) => {
      announceChange(id);
      return next;
    }),
  );
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
export function deleteAnalysis(id: string): Promise<void> {
  return trackWrite(
    analysesStore()
      .then((store) => store.delete(id))
      .then(() => announceChange(id)),
  );
}

/** Whether analyses are kept on the device, or only in memory for this visit. */
export async function storageKind(): Promise<'indexeddb' | 'memory'> {
  return (await analysesStore()).kind;
}
