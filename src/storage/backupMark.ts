/**
 * The backup reminder's memory: when the oldest change that is in no backup yet was made. Kept in
 * localStorage (shared by the tabs, synchronous; preferences.ts), so that saving an answer stays
 * one IndexedDB put. A list of records cannot tell this: a record keeps only its latest change, so
 * work done three weeks ago and again today would look a day old.
 */
import { loadLastBackup, loadUnsavedSince, saveLastBackup, saveUnsavedSince } from './preferences';

/** Notes a change the user made at `at` (ISO), unless an older one is already waiting for a backup. */
export function noteChangeAt(at: string): void {
  const since = loadUnsavedSince();
  if (since === null || at < since) saveUnsavedSince(at);
}

/** Notes a change the user made just now. */
export const noteChange = (now = new Date()) => noteChangeAt(now.toISOString());

/**
 * Notes a backup of everything as it was at `at`: changes up to then are in it. A change made while
 * the file was being written (after `at`) keeps waiting for the next one.
 */
export function noteBackup(at: string): void {
  saveLastBackup(at);
  const since = loadUnsavedSince();
  if (since !== null && since <= at) saveUnsavedSince(null);
}

export { loadLastBackup, loadUnsavedSince };
