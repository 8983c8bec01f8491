import { getDb } from './db';
import { tellDbNotice } from './dbNotices';
import { announceChange } from './changeFeed';
import { trackWrite } from './writeTracker';
import { startWriter, stopWriter } from './writerClient';
import { indexedDbStore } from './indexedDbStore';
import { memoryStore } from './memoryStore';
import type { StoreNames, StoreValue } from 'idb';
import type { BondgenotenDB } from './db';

/** The object stores, and what they keep. */
export type StoreName = StoreNames<BondgenotenDB>;
/** What a store of that name keeps. */
export type Value<N extends StoreName> = StoreValue<BondgenotenDB, N>;

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
  /**
   * Writes several records in one step: all or nothing. `adds` fail on an existing id; `puts`
   * replace. `onProgress` hears how many of them are written so far.
   */
  writeMany(adds: T[], puts: T[], onProgress?: (written: number, total: number) => void): Promise<void>;
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
    () => {
      startWriter();
      return (chosenNow = { analyses: indexedDbStore('analyses'), workshops: indexedDbStore('workshops') });
    },
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
  stopWriter();
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
