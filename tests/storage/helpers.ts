import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach } from 'vitest';
import { closeDb } from '../../src/storage/db';
import { createAnalysis, type Analysis } from '../../src/core/analysis';

/** Gives every test an empty IndexedDB and drops the cached connection afterwards. */
export function useFreshIndexedDb(): void {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await closeDb().catch(() => undefined);
  });
}

/** A new analysis with the given id, created (and last updated) at minute `minute`. */
export function analysis(id: string, minute = 0): Analysis {
  const at = new Date(Date.UTC(2024, 2, 1, 10, minute));
  return createAnalysis({ party: { name: `Partij ${id}`, role: 'gemeente' }, mode: 'alone', partnership: '' }, { id: 'bg-zelfanalyse', version: '1.0.0' }, id, at);
}

/** A time `minute` minutes after the analyses above were made. */
export const minute = (n: number): Date => new Date(Date.UTC(2024, 2, 1, 10, n));
