import { stores, updateRecord } from './recordStore';
import { announceChange, announceChanges } from './changeFeed';
import { trackWrite } from './writeTracker';
import { withAction, withAnswer, withDefaults, withName, withNote, withoutAction, type Action, type Analysis, type AnswerValue } from '../core/analysis';

/** All analyses on this device, most recently changed first. */
export async function listAnalyses(): Promise<Analysis[]> {
  const all = await (await stores()).analyses.all();
  return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)).map(withDefaults);
}

/** One analysis, or undefined when it is not (or no longer) here. */
export async function getAnalysis(id: string): Promise<Analysis | undefined> {
  const found = await (await stores()).analyses.get(id);
  return found && withDefaults(found);
}

/** Stores a new analysis; fails when the id exists. */
export function addAnalysis(analysis: Analysis): Promise<void> {
  return trackWrite(
    stores()
      .then((s) => s.analyses.add(analysis))
      .then(() => announceChange(analysis.id)),
  );
}

/** Changes one stored analysis (completing what older records lack first). */
function update(id: string, change: (current: Analysis) => Analysis): Promise<Analysis> {
  return updateRecord('analyses', id, (current) => change(withDefaults(current)));
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
    stores()
      .then((s) => s.analyses.delete(id))
      .then(() => announceChange(id)),
  );
}

/** Whether analyses are kept on the device, or only in memory for this visit. */
export async function storageKind(): Promise<'indexeddb' | 'memory'> {
  return (await stores()).analyses.kind;
}

/**
 * Stores imported results in one step: `adds` are new, `replaces` overwrite local ones the user
 * chose to replace. `onProgress` hears how many are stored so far.
 */
export function storeImported(adds: Analysis[], replaces: Analysis[], now = new Date(), onProgress?: (stored: number, total: number) => void): Promise<void> {
  const stamp = (a: Analysis): Analysis => ({ ...a, importedAt: now.toISOString() });
  return trackWrite(
    stores()
      .then((s) => s.analyses.writeMany(adds.map(stamp), replaces.map(stamp), onProgress))
      .then(() => announceChanges([...adds, ...replaces].map((a) => a.id))),
  );
}

/** Notes that these analyses were exported now (so the list can say whether they changed since). */
export async function markExported(ids: string[], now = new Date()): Promise<void> {
  await Promise.all(ids.map((id) => update(id, (a) => ({ ...a, exportedAt: now.toISOString() }))));
}

/** Saves the note of one kenmerk. */
export function saveNote(id: string, kenmerkId: string, note: string, now = new Date()): Promise<Analysis> {
  return update(id, (a) => withNote(a, kenmerkId, note, now));
}

/** Adds or changes an action. */
export function saveAction(id: string, action: Action, now = new Date()): Promise<Analysis> {
  return update(id, (a) => withAction(a, action, now));
}

/** Removes an action. */
export function deleteAction(id: string, actionId: string, now = new Date()): Promise<Analysis> {
  return update(id, (a) => withoutAction(a, actionId, now));
}
