import { getDb } from './db';
import { tellDbNotice } from './dbNotices';
import { indexedDbBackend } from './indexedDbBackend';
import { memoryBackend } from './memoryBackend';
import { forgetUnsaved, unsavedAnswers } from './unsavedAnswers';
import type { Backend } from './backend';

let chosen: Promise<Backend> | null = null;
let chosenNow: Backend | null = null;

/** True for errors that mean "this browser gives us no IndexedDB", as opposed to a passing fault. */
function isUnavailable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name !== 'VersionError' && name !== 'AbortError' && name !== 'QuotaExceededError';
}

/** Stores the answers this tab kept when they could not be stored (e.g. before a newer version's upgrade). */
async function storeUnsaved(into: Backend): Promise<void> {
  for (const answer of unsavedAnswers()) {
    try {
      await into.putAnswerUnlessNewer(answer); // a later answer given meanwhile in another tab wins
      forgetUnsaved(answer);
    } catch {
      /* kept for the next time */
    }
  }
}

/** The backend in use, chosen once: IndexedDB when it opens, memory (with a notice) when it cannot. */
export function backend(): Promise<Backend> {
  chosen ??= getDb().then(
    async () => {
      await storeUnsaved(indexedDbBackend);
      return (chosenNow = indexedDbBackend);
    },
    (error: unknown) => {
      if (!isUnavailable(error)) {
        if (error instanceof Error && error.name === 'VersionError') tellDbNotice('outdated');
        chosen = null;
        throw error;
      }
      tellDbNotice('unavailable');
      return (chosenNow = memoryBackend());
    },
  );
  return chosen;
}

/** The backend if already chosen (lets a save start in the same task as the click), else null. */
export function backendNow(): Backend | null {
  return chosenNow;
}

/** Forgets the choice (tests). */
export function resetBackend(): void {
  chosen = null;
  chosenNow = null;
}
