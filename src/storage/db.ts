import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Analysis } from '../core/analysis';

/*
 * The storage schema. Rules:
 * - one object store per kind of record, keyed by its safe id;
 * - upgrades are cumulative `if (oldVersion < N)` blocks, each safe to run on any older database;
 * - every version ever shipped keeps its block: a device may skip versions.
 */

/** Name of the app's one database. */
export const DB_NAME = 'bondgenoten';
/** Current schema version. */
export const DB_VERSION = 1;

/** The typed schema (idb). */
export interface BondgenotenDB extends DBSchema {
  analyses: { key: string; value: Analysis; indexes: { 'by-updated': string } };
}

/** Something the user must be told about the database. */
export type DbNotice = 'blocked' | 'versionchange' | 'terminated';
const listeners = new Set<(notice: DbNotice) => void>();

/** Subscribe to database notices; returns the unsubscribe function. */
export function onDbNotice(listener: (notice: DbNotice) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const tell = (notice: DbNotice) => listeners.forEach((l) => l(notice));

let connection: Promise<IDBPDatabase<BondgenotenDB>> | null = null;

/** Opens the database once and shares the connection; reopens after it was closed. */
export function getDb(): Promise<IDBPDatabase<BondgenotenDB>> {
  connection ??= openDB<BondgenotenDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const store = db.createObjectStore('analyses', { keyPath: 'id' });
        store.createIndex('by-updated', 'updatedAt');
      }
    },
    blocked() {
      tell('blocked');
    },
    blocking(_current, _next, event) {
      // A newer version of the app wants to upgrade: step aside, so it can.
      (event.target as IDBDatabase).close();
      connection = null;
      tell('versionchange');
    },
    terminated() {
      connection = null;
      tell('terminated');
    },
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

/** Closes the shared connection (tests, and before a reload). */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open).close();
}
