import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Analysis } from '../core/analysis';
import type { Workshop } from '../core/workshop';
import { tellDbNotice as tell } from './dbNotices';
import { DB_NAME, DB_VERSION } from './dbName';

/*
 * The storage schema. Rules:
 * - one object store per kind of record, keyed by its safe id;
 * - upgrades are cumulative `if (oldVersion < N)` blocks, each safe to run on any older database;
 * - every version ever shipped keeps its block: a device may skip versions.
 */

export { DB_NAME, DB_VERSION };

/** The typed schema (idb). */
export interface BondgenotenDB extends DBSchema {
  analyses: { key: string; value: Analysis; indexes: { 'by-updated': string } };
  workshops: { key: string; value: Workshop };
}

let connection: Promise<IDBPDatabase<BondgenotenDB>> | null = null;
/** The open connection once it is there, so that a write can start in the same task as the user's answer. */
let opened: IDBPDatabase<BondgenotenDB> | null = null;

/** The open connection, or null while none is open (then use getDb()). */
export function openedDb(): IDBPDatabase<BondgenotenDB> | null {
  return opened;
}

/** Opens the database once and shares the connection; reopens after it was closed. */
export function getDb(): Promise<IDBPDatabase<BondgenotenDB>> {
  connection ??= openConnection().then(
    (db) => {
      opened = db;
      return db;
    },
    (error: unknown) => {
      connection = null;
      throw error;
    },
  );
  return connection;
}

/** Opens the database; async so that a browser that throws at once (no IndexedDB) rejects instead. */
async function openConnection(): Promise<IDBPDatabase<BondgenotenDB>> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  return openDB<BondgenotenDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const store = db.createObjectStore('analyses', { keyPath: 'id' });
        store.createIndex('by-updated', 'updatedAt');
      }
      if (oldVersion < 2) {
        db.createObjectStore('workshops', { keyPath: 'id' });
      }
    },
    blocked() {
      tell('blocked');
    },
    blocking(_current, _next, event) {
      // A newer version of the app wants to upgrade: step aside, so it can.
      (event.target as IDBDatabase).close();
      connection = null;
      opened = null;
      tell('versionchange');
    },
    terminated() {
      connection = null;
      opened = null;
      tell('terminated');
    },
  });
}

/** Closes the shared connection (tests, and before a reload). */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = null;
  opened = null;
  if (open) (await open).close();
}
