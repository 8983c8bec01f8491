import { getDb, openedDb } from './db';
import { tellDbNotice } from './dbNotices';
import { announceChange } from './changeFeed';
import { trackWrite } from './writeTracker';
import type { StoreNames, StoreValue } from 'idb';
import type { BondgenotenDB } from './db';

/** The object stores, and what they keep. */
export type StoreName = StoreNames<BondgenotenDB>;
type Value<N extends StoreName> = StoreValue<BondgenotenDB, N>;

/** Where records of one kind live: IndexedDB normally, memory where IndexedDB is unavailable. */
export interface RecordStore<T> {
  kind: 'indexeddb' | 'memory';
  /** Every record, in key order. */
  all(): Promise<T[]>;
  get(id: string): Promise<T | undefined>;
  add(record: T): Promise<void>;
  /** Read-modify-write of one record in one step; rejects when the record is missing. */
  update(id: string, change: (current: T) => T): Promise<T>;
  delete(id: string): Promise<void>;
  /** Writes several records in one step: all or nothing. `adds` fail on an existing id; `puts` replace. */
  writeMany(adds: T[], puts: T[]): Promise<void>;
}

function indexedDbStore<N extends StoreName>(name: N): RecordStore<Value<N>> {
  return {
    kind: 'indexeddb',
    all: async () => (await getDb()).getAll(name),
    get: async (id) => (await getDb()).get(name, id),
    add: async (record) => {
      await (await getDb()).add(name, record);
    },
    async update(id, change) {
      // One transaction, no other await inside: a change made meanwhile in another tab is read, not overwritten.
      // With the connection open, the transaction starts in the caller's task (before any re-render).
      // 'relaxed': committed once the OS has the data (survives closing the tab or a browser crash,
      // not a power cut in the next moment); it keeps an answer's save short and steady.
      const tx = (openedDb() ?? (await getDb())).transaction(name, 'readwrite', { durability: 'relaxed' });
      const current = await tx.store.get(id);
      if (!current) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error('record not found');
      }
      const next = change(current);
      tx.store.put(next).catch(() => undefined); // its failure is reported by tx.done
      await tx.done; // a full disk shows up here, as an aborted transaction
      return next;
    },
    delete: async (id) => {
      await (await getDb()).delete(name, id);
    },
    async writeMany(adds, puts) {
      const tx = (await getDb()).transaction(name, 'readwrite');
      for (const a of adds) tx.store.add(a).catch(() => undefined); // a failure aborts the whole transaction
      for (const p of puts) tx.store.put(p).catch(() => undefined);
      await tx.done;
    },
  };
}

/** A store that lives as long as the page: used only when IndexedDB cannot be opened. */
export function memoryStore<T extends { id: string }>(): RecordStore<T> {
  const records = new Map<string, T>();
  const copy = (r: T): T => structuredClone(r);
  return {
    kind: 'memory',
    all: async () => [...records.values()].map(copy).sort((a, b) => (a.id < b.id ? -1 : 1)),
    get: async (id) => {
      const found = records.get(id);
      return found && copy(found);
    },
    add: async (record) => {
      if (records.has(record.id)) throw new Error('record exists');
      records.set(record.id, copy(record));
    },
    update: async (id, change) => {
      const current = records.get(id);
      if (!current) throw new Error('record not found');
      const next = change(copy(current));
      records.set(id, copy(next));
      return next;
    },
    delete: async (id) => {
      records.delete(id);
    },
    writeMany: async (adds, puts) => {
      if (adds.some((a) => records.has(a.id))) throw new Error('record exists');
      for (const r of [...adds, ...puts]) records.set(r.id, copy(r));
    },
  };
}

type Stores = { [N in StoreName]: RecordStore<Value<N>> };
let chosen: Promise<Stores> | null = null;
let chosenNow: Stores | null = null;

/** True for errors that mean "this browser gives us no IndexedDB", as opposed to a passing fault. */
function isUnavailable(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name !== 'VersionError' && name !== 'AbortError' && name !== 'QuotaExceededError';
}

/** The stores in use, chosen once: IndexedDB when it opens, memory (with a notice) when it cannot. */
export function stores(): Promise<Stores> {
  chosen ??= getDb().then(
    () => (chosenNow = { analyses: indexedDbStore('analyses'), workshops: indexedDbStore('workshops') }),
    (error: unknown) => {
      if (!isUnavailable(error)) {
        chosen = null;
        throw error;
      }
      tellDbNotice('unavailable');
      return (chosenNow = { analyses: memoryStore(), workshops: memoryStore() });
    },
  );
  return chosen;
}

/** The stores if already chosen (lets a write start without waiting a tick), else null. */
export function storesNow(): Stores | null {
  return chosenNow;
}

/** Forgets the choice (tests). */
export function resetStores(): void {
  chosen = null;
  chosenNow = null;
}

/**
 * Changes one record in a single read-modify-write step (started at once when the store is
 * open), tracks the write so an update can wait for it, and tells other tabs. Returns the new record.
 */
export function updateRecord<N extends StoreName>(name: N, id: string, change: (current: Value<N>) => Value<N>): Promise<Value<N>> {
  const ready = storesNow();
  const store = (all: Stores) => all[name] as RecordStore<Value<N>>;
  const written = ready ? store(ready).update(id, change) : stores().then((all) => store(all).update(id, change));
  return trackWrite(
    written.then((next) => {
      announceChange(id);
      return next;
    }),
  );
}
