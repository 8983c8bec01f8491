import { signal, type ReadonlySignal } from '@preact/signals-core';

/**
 * Something the user must be told about the database:
 * - `blocked`: this tab waits for an older tab to close before it can upgrade;
 * - `versionchange`: a newer version of the app (in another tab) took over; reload this tab;
 * - `outdated`: the database was made by a newer version than this page's: reload to get it;
 * - `terminated`: the browser closed the database; it is reopened on the next save;
 * - `unavailable`: no IndexedDB here (e.g. some private modes): working in memory only.
 */
export type DbNotice = 'blocked' | 'versionchange' | 'outdated' | 'terminated' | 'unavailable';

/** Notices that stay true for the rest of the visit: a passing notice never replaces them. */
const LASTING: readonly DbNotice[] = ['unavailable', 'versionchange', 'outdated'];

const notice = signal<DbNotice | null>(null);

/** The notice the user should see now (null: none). */
export const dbNotice: ReadonlySignal<DbNotice | null> = notice;

/** Records a notice (db.ts and the backend choice call this). */
export function tellDbNotice(next: DbNotice): void {
  if (notice.value && LASTING.includes(notice.value) && !LASTING.includes(next)) return;
  if (notice.value === 'unavailable') return;
  notice.value = next;
}
