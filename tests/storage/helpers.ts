import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDb, DB_NAME } from '../../src/storage/db';
import { resetBackend } from '../../src/storage/chooseBackend';
import { createAnalysis, type Analysis } from '../../src/core/analysis';

/** Gives every test an empty IndexedDB and drops the cached connection afterwards. */
export function useFreshIndexedDb(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
    resetBackend();
  });
  afterEach(async () => {
    await closeDb().catch(() => undefined);
    resetBackend();
  });
}

/** A new analysis with the given id, created (and last updated) at minute `minute`. */
export function analysis(id: string, minute = 0): Analysis {
  const at = new Date(Date.UTC(2024, 2, 1, 10, minute));
  return createAnalysis({ party: { name: `Partij ${id}`, role: 'gemeente' }, mode: 'alone', partnership: '' }, { id: 'bg-zelfanalyse', version: '1.0.0' }, id, at);
}

/** A time `minute` minutes after the analyses above were made. */
export const minute = (n: number): Date => new Date(Date.UTC(2024, 2, 1, 10, n));

/** Opens the database with the raw IndexedDB API (as another tab, or an older app version, would). */
export function rawOpen(version?: number, upgrade?: (db: IDBDatabase) => void): Promise<{ db: IDBDatabase; blocked: boolean }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = version === undefined ? indexedDB.open(DB_NAME) : indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onblocked = () => {
      blocked = true;
    };
    request.onsuccess = () => resolve({ db: request.result, blocked });
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

/** Every record of every store, read raw: what the database holds, for comparisons. */
export async function rawDump(): Promise<Record<string, unknown[]>> {
  const { db } = await rawOpen();
  try {
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    }
    return out;
  } finally {
    db.close();
  }
}
