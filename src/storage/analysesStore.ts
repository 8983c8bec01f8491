import { getDb, openedDb } from './db';
import { tellDbNotice } from './dbNotices';
import type { Analysis } from '../core/analysis';

/** Where analyses live: IndexedDB normally, memory where IndexedDB is unavailable. */
export interface AnalysesStore {
  kind: 'indexeddb' | 'memory';
  all(): Promise<Analysis[]>;
  get(id: string): Promise<Analysis | undefined>;
  add(analysis: Analysis): Promise<void>;
  /** Read-modify-write of one record in one step; rejects when the record is missing. */
  update(id: string, change: (current: Analysis) => Analysis): Promise<Analysis>;
  delete(id: string): Promise<void>;
  /** Writes several records in one step: all or nothing. `add` fails on an existing id; `put` replaces. */
  writeMany(adds: Analysis[], puts: Analysis[]): Promise<void>;
}

const indexedDbStore: AnalysesStore = {
  kind: 'indexeddb',
  async all() {
    return (await getDb()).getAllFromIndex('analyses', 'by-updated');
  },
  async get(id) {
    return (await getDb()).get('analyses', id);
  },
  async add(analysis) {
    await (await getDb()).add('analyses', analysis);
  },
  async update(id, change) {
    // One transaction, no other await inside: a change made meanwhile in another tab is read, not overwritten.
    // With the connection open, the transaction starts in the caller's task (before any re-render).
    const tx = (openedDb() ?? (await getDb())).transaction('analyses', 'readwrite');
    const current = await tx.store.get(id);
    if (!current) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new Error('analysis not found');
    }
    const next = change(current);
    tx.store.put(next).catch(() => undefined); // its failure is reported by tx.done
    await tx.done; // a full disk shows up here, as an aborted transaction
    return next;
  },
  async delete(id) {
    await (await getDb()).delete('analyses', id);
  },
  async writeMany(adds, puts) {
    const tx = (await getDb()).transaction('analyses', 'readwrite');
    for (const a of adds) tx.store.add(a).catch(() => undefined); // a failure aborts the whole transaction
    for (const p of puts) tx.store.put(p).catch(() => undefined);
    await tx.done;
  },
};

/** A store that lives as long as the page: used only when IndexedDB cannot be opened. */
export function memoryStore(): AnalysesStore {
  const records = new Map<string, Analysis>();
  const copy = (a: Analysis): Analysis => structuredClone(a);
  return {
    kind: 'memory',
    all: async () => [...records.values()].map(copy).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt)),
    get: async (id) => {
      const found = records.get(id);
      return found && copy(found);
    },
    add: async (analysis) => {
      if (records.has(analysis.id)) throw new Error('analysis exists');
      records.set(analysis.id, copy(analysis));
    },
    update: async (id, change) => {
      const current = records.get(id);
      if (!current) throw new Error('analysis not found');
      const next = change(copy(current));
      records.set(id, copy(next));
      return next;
    },
    delete: async (id) => {
      records.delete(id);
    },
    writeMany: async (adds, puts) => {
      if (adds.some((a) => records.has(a.id))) throw new Error('analysis exists');
      for (const a of [...adds, ...puts]) records.set(a.id, copy(a));
    },
  };
}

let chosen: Promise<AnalysesStore> | null = null;
let chosenNow: AnalysesStore | null = null;

/** The store in use if it is already chosen (lets a write start without waiting a tick), else null. */
export function analysesStoreNow(): AnalysesStore | null {
  return chosenNow;
}

/** True for errors that mean "this browser gives us no IndexedDB", as opposed to a passing fault. */
function isUnavailable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name !== 'VersionError' && name !== 'AbortError' && name !== 'QuotaExceededError';
}

/** The store in use, chosen once: IndexedDB when it opens, memory (with a notice) when it cannot. */
export function analysesStore(): Promise<AnalysesStore> {
  chosen ??= getDb().then(
    () => (chosenNow = indexedDbStore),
    (error: unknown) => {
      if (!isUnavailable(error)) {
        chosen = null;
        throw error;
      }
      tellDbNotice('unavailable');
      return (chosenNow = memoryStore());
    },
  );
  return chosen;
}

/** Forgets the choice (tests; after the database was closed). */
export function resetAnalysesStore(): void {
  chosen = null;
  chosenNow = null;
}
