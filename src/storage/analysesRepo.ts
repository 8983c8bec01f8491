import { backend, backendNow } from './chooseBackend';
import { announceChange, announceChanges } from './changeFeed';
import { trackWrite } from './writeTracker';
import { withAction, withName, withNote, withoutAction, type Action, type Analysis, type AnswerValue } from '../core/analysis';
import { isSafeId } from '../core/ids';
import { storageProtection, type Protection } from './persistence';
import { forgetUnsaved, keepUnsaved } from './unsavedAnswers';
import { toBankVersion } from '../core/bank/carryOver';
import { loadStoredBankVersion, saveStoredBankVersion } from './preferences';
import { loadLastBackup, loadUnsavedSince, noteChange, noteChangeAt } from './backupMark';
import type { Bank } from '../core/bank/types';
import type { Workshop } from '../core/workshop';
import type { AnalysisRecord } from './records';

const newestFirst = (a: Analysis, b: Analysis) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/** All analyses on this device, most recently changed first. */
export async function listAnalyses(): Promise<Analysis[]> {
  return (await (await backend()).allAnalyses()).sort(newestFirst);
}

/** One page of the analyses on this device, most recently changed first, and how many there are. */
export async function pageOfAnalyses(offset: number, limit: number): Promise<{ total: number; items: Analysis[] }> {
  return (await backend()).pageOfAnalyses(offset, limit);
}

/** These analyses, in the order asked (ids not here are left out). */
export async function getAnalyses(ids: readonly string[]): Promise<Analysis[]> {
  return (await backend()).getAnalyses(ids);
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether the start screen should offer a backup: work that is in no backup yet is more than a
 * week old. Goes by the oldest change noted since the last backup; where none was noted (work from
 * before this was kept), by the earliest last-change of the records changed since.
 */
export async function backupDue(now = new Date()): Promise<boolean> {
  let since = loadUnsavedSince();
  if (since === null) {
    since = await (await backend()).earliestChangeAfter(loadLastBackup());
    if (since !== null) noteChangeAt(since);
  }
  return since !== null && Date.parse(since) < now.getTime() - WEEK_MS;
}

/** One analysis, or undefined when it is not (or no longer) here. */
export async function getAnalysis(id: string): Promise<Analysis | undefined> {
  return (await backend()).getAnalysis(id);
}

/**
 * One analysis as `bank`'s version sees it. An analysis of an earlier version is brought over
 * first, durably and in one step: answers that keep their meaning stay, the others are kept
 * under `earlier` (never scored), so that a new answer to a statement is never mixed with an old one.
 */
export async function openAnalysis(id: string, bank: Bank): Promise<Analysis | undefined> {
  const stored = await getAnalysis(id);
  if (!stored || stored.bankVersion === bank.version) return stored;
  const { analysis } = toBankVersion(stored, bank);
  await replaceRecords([analysis]);
  return analysis;
}

function replaceRecords(analyses: Analysis[]): Promise<void> {
  return trackWrite(
    backend()
      .then((b) => b.storeImport({ adds: [], replaces: analyses, workshops: [] }))
      .then(() => announceChanges(analyses.map((a) => a.id))),
  );
}

/**
 * Brings every analysis on this device to `bank`'s version (see openAnalysis), once per version:
 * after an update of the question bank this reads all records one time, otherwise nothing.
 * Returns how many analyses were brought over.
 */
export async function upgradeStoredAnalyses(bank: Bank): Promise<number> {
  if (loadStoredBankVersion() === bank.version) return 0;
  const outdated = (await (await backend()).allAnalyses()).filter((a) => a.bankVersion !== bank.version);
  if (outdated.length > 0) await replaceRecords(outdated.map((a) => toBankVersion(a, bank).analysis));
  saveStoredBankVersion(bank.version);
  return outdated.length;
}

/** Stores a new analysis; fails when the id exists. */
export function addAnalysis(analysis: Analysis): Promise<void> {
  return trackWrite(backend().then((b) => b.addAnalysis(analysis)).then(() => changed(analysis.id)));
}

/**
 * Saves one answer the moment it is given: one put of one record (started in the same task as
 * the click once storage is open). Another tab's answers to other statements are never touched;
 * the same statement answered in two tabs keeps the last one.
 */
export function saveAnswer(analysisId: string, statementId: string, value: AnswerValue, now = new Date()): Promise<void> {
  if (!isSafeId(analysisId) || !isSafeId(statementId)) return Promise.reject(new TypeError('unsafe id'));
  const answer = { analysisId, statementId, value, at: now.toISOString() };
  const ready = backendNow();
  const written = ready ? ready.putAnswer(answer) : backend().then((b) => b.putAnswer(answer));
  return trackWrite(
    written.then(
      () => {
        forgetUnsaved(answer);
        changed(analysisId, now);
      },
      (error: unknown) => {
        keepUnsaved(answer); // survives a reload of this tab; stored when the database is open again
        throw error;
      },
    ),
  );
}

/** After the user changed a record: tell other tabs, and note the work for the backup reminder. */
function changed(id: string, now = new Date()): void {
  noteChange(now);
  announceChange(id);
}

/** Changes one analysis record (not its answers) in one step, and tells other tabs; `work`: the user's work changed. */
function update(id: string, change: (record: AnalysisRecord) => AnalysisRecord, work = true): Promise<Analysis> {
  return trackWrite(
    backend()
      .then((b) => b.updateAnalysis(id, change))
      .then((next) => {
        if (work) changed(id);
        else announceChange(id);
        return next;
      }),
  );
}

/** Remembers where the user is (area) and, as the list's sort key, when the last answer was given. */
export function saveResumePoint(id: string, areaIndex: number, lastAnswerAt?: string): Promise<Analysis> {
  return update(id, (r) => ({ ...r, areaIndex, updatedAt: lastAnswerAt && lastAnswerAt > r.updatedAt ? lastAnswerAt : r.updatedAt }), false);
}

/** Renames an analysis. */
export const renameAnalysis = (id: string, name: string, now = new Date()) => update(id, (a) => withName(a, name, now));
/** Saves the note of one kenmerk. */
export const saveNote = (id: string, kenmerkId: string, note: string, now = new Date()) => update(id, (a) => withNote(a, kenmerkId, note, now));
/** Adds or changes an action. */
export const saveAction = (id: string, action: Action, now = new Date()) => update(id, (a) => withAction(a, action, now));
/** Removes an action. */
export const deleteAction = (id: string, actionId: string, now = new Date()) => update(id, (a) => withoutAction(a, actionId, now));

/** Deletes an analysis with its answers (the UI asks for confirmation first). */
export function deleteAnalysis(id: string): Promise<void> {
  return trackWrite(backend().then((b) => b.deleteAnalysis(id)).then(() => changed(id)));
}

/** Whether analyses are kept on the device, or only in memory for this visit. */
export async function storageKind(): Promise<'indexeddb' | 'memory'> {
  return (await backend()).kind;
}

/** How safe the records on this device are: in memory only, or IndexedDB with the browser's protection. */
export async function storageSafety(): Promise<Protection | 'memory'> {
  return (await backend()).kind === 'memory' ? 'memory' : storageProtection();
}

/**
 * Stores an import in one step (all or nothing): `adds` are new, `replaces` overwrite local ones
 * the user chose to replace (with the answers in the file), `workshops` are new werkplaatsen.
 */
export function storeImported(
  adds: Analysis[],
  replaces: Analysis[],
  workshops: Workshop[],
  now = new Date(),
  onProgress?: (stored: number, total: number) => void,
  restored: readonly string[] = [],
): Promise<void> {
  const kept = new Set(restored);
  const stamp = (a: Analysis): AnalysisRecord => (kept.has(a.id) ? a : { ...a, importedAt: now.toISOString() });
  return trackWrite(
    backend()
      .then((b) => b.storeImport({ adds: adds.map(stamp), replaces: replaces.map(stamp), workshops }, onProgress))
      .then(() => {
        if (adds.length + replaces.length + workshops.length > 0) noteImportStored(now);
        announceChanges([...adds, ...replaces, ...workshops].map((a) => a.id));
      }),
  );
}

/** Notes an import for the backup reminder (the import worker cannot: it has no localStorage). */
export const noteImportStored = (now = new Date()) => noteChange(now);

/** Notes that these analyses were exported now (so the list can say whether they changed since), in one step. */
export function markExported(ids: readonly string[], now = new Date()): Promise<void> {
  return trackWrite(
    backend()
      .then((b) => b.markExported(ids, now.toISOString()))
      .then(() => announceChanges([...ids])),
  );
}
