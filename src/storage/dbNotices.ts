/**
 * Something the user must be told about the database:
 * - `blocked`: this tab waits for an older tab to close before it can upgrade;
 * - `versionchange`: a newer version of the app (in another tab) took over; reload this tab;
 * - `terminated`: the browser closed the database; it is reopened on the next save;
 * - `unavailable`: no IndexedDB here (e.g. some private modes): working in memory only.
 */
export type DbNotice = 'blocked' | 'versionchange' | 'terminated' | 'unavailable';
const listeners = new Set<(notice: DbNotice) => void>();
/** Notices that stay true for the rest of the visit, told again to late listeners. */
const lasting = new Set<DbNotice>();

/** Subscribe to database notices; returns the unsubscribe function. */
export function onDbNotice(listener: (notice: DbNotice) => void): () => void {
  listeners.add(listener);
  lasting.forEach((notice) => listener(notice));
  return () => listeners.delete(listener);
}

/** Tells every listener. */
export const tellDbNotice = (notice: DbNotice) => {
  if (notice === 'unavailable' || notice === 'versionchange') lasting.add(notice);
  listeners.forEach((l) => l(notice));
};
