import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Workshop } from '../core/workshop';
import type { AnalysisRecord, AnswerRecord } from './records';
import { tellDbNotice } from './dbNotices';

/*
 * The storage schema. Rules:
 * - one object store per kind of record; analyses and werkplaatsen are keyed by their safe id,
 *   answers by [analysisId, statementId]: one record per answer given on this device;
 * - saving an answer is one put of one answer record, in one transaction (nothing is read first);
 * - an analysis record keeps, in `answers`, only the answers that came with it (from a file, or
 *   from a version-2 database); an answer record for the same statement wins over it;
 * - upgrades are cumulative `if (oldVersion < N)` blocks, each safe to run on any older database;
 * - every version ever shipped keeps its block (a device may skip versions) and a fixture in
 *   tests/fixtures/storage/.
 */

/** Name of the app's one database. */
export const DB_NAME = 'bondgenoten';
/** Current schema version. */
export const DB_VERSION = 3;

/** The typed schema (idb). */
export interface BondgenotenDB extends DBSchema {
  analyses: { key: string; value: AnalysisRecord; indexes: { 'by-updated': string } };
  answers: { key: [string, string]; value: AnswerRecord };
  workshops: { key: string; value: Workshop };
}

/** The key range of every answer record of one analysis. */
export function answersOf(analysisId: string): IDBKeyRange {
  return IDBKeyRange.bound([analysisId], [analysisId, []]);
}

let connection: Promise<IDBPDatabase<BondgenotenDB>> | null = null;
/** The open connection once it is there: a save can then start in the same task as the user's click. */
let opened: IDBPDatabase<BondgenotenDB> | null = null;

/** Opens the database once and shares the connection; reopens after it was closed. */
export function getDb(): Promise<IDBPDatabase<BondgenotenDB>> {
  connection ??= openConnection().then(
    (db) => (opened = db),
    (error: unknown) => {
      connection = null;
      throw error;
    },
  );
  return connection;
}

/** The open connection, or null while none is open (then use getDb()). */
export function openedDb(): IDBPDatabase<BondgenotenDB> | null {
  return opened;
}

type UpgradeTx = IDBPTransaction<BondgenotenDB, StoreNames<BondgenotenDB>[], 'versionchange'>;

/** Version 3: answers given on this device become one record each; imported answers stay with their analysis. */
async function moveOwnAnswers(tx: UpgradeTx): Promise<void> {
  const answers = tx.objectStore('answers');
  for (let cursor = await tx.objectStore('analyses').openCursor(); cursor; cursor = await cursor.continue()) {
    const record = cursor.value;
    if (record.importedAt || !record.answers) continue;
    for (const [statementId, value] of Object.entries(record.answers)) {
      answers.put({ analysisId: record.id, statementId, value, at: record.updatedAt }).catch(() => undefined); // a failure aborts the upgrade
    }
    cursor.update({ ...record, answers: {} }).catch(() => undefined);
  }
}

/** Opens the database; async so that a browser that throws at once (no IndexedDB) rejects instead. */
async function openConnection(): Promise<IDBPDatabase<BondgenotenDB>> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  return openDB<BondgenotenDB>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('analyses', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
      if (oldVersion < 2) db.createObjectStore('workshops', { keyPath: 'id' });
      if (oldVersion < 3) {
        db.createObjectStore('answers', { keyPath: ['analysisId', 'statementId'] });
        await moveOwnAnswers(tx);
      }
    },
    blocked() {
      tellDbNotice('blocked');
    },
    blocking(_current, _next, event) {
      // A newer version of the app wants to upgrade: step aside, so it can.
      (event.target as IDBDatabase).close();
      connection = null;
      opened = null;
      tellDbNotice('versionchange');
    },
    terminated() {
      connection = null;
      opened = null;
      tellDbNotice('terminated');
    },
  });
}

/** Closes the shared connection (tests, and before a reload). */
export async function closeDb(): Promise<void> {
  const open = connection;
  connection = null;
  opened = null;
  if (open) (await open.catch(() => null))?.close();
}
