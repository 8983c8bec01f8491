/** Whether the browser protects this site's storage from being cleared under pressure. */
export type Protection = 'persisted' | 'not-persisted' | 'unknown';

/** The current protection, without asking the user anything. */
export async function storageProtection(): Promise<Protection> {
  try {
    if (!navigator.storage?.persisted) return 'unknown';
    return (await navigator.storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unknown';
  }
}

/** Asks the browser to keep this site's data (called when the user first saves an analysis). */
export async function requestProtection(): Promise<Protection> {
  try {
    if (!navigator.storage?.persist) return 'unknown';
    if (await navigator.storage.persisted()) return 'persisted';
    return (await navigator.storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unknown';
  }
}
