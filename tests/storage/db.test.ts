import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, getDb } from '../../src/storage/db';
import { onDbNotice, type DbNotice } from '../../src/storage/dbNotices';
import { analysis, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

/** Opens the database with the raw IndexedDB API, recording whether the open was blocked. */
function rawOpen(version: number, upgrade?: (db: IDBDatabase) => void): Promise<{ db: IDBDatabase; blocked: boolean }> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onblocked = () => {
      blocked = true;
    };
    request.onsuccess = () => resolve({ db: request.result, blocked });
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

function rawPut(db: IDBDatabase, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('analyses', 'readwrite');
    tx.objectStore('analyses').put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('put failed'));
  });
}

describe('db', () => {
  it('opens at DB_VERSION with the analyses store keyed by id and its by-updated index', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('analyses');
    const store = db.transaction('analyses').store;
    expect(store.keyPath).toBe('id');
    expect([...store.indexNames]).toContain('by-updated');
    expect(store.index('by-updated').keyPath).toBe('updatedAt');
  });

  it('shares one connection between callers', async () => {
    expect(await getDb()).toBe(await getDb());
  });

  it('opens a version-1 database made by an earlier app with its records intact', async () => {
    const record = analysis('an-old', 4);
    const { db: v1 } = await rawOpen(1, (db) => {
      const store = db.createObjectStore('analyses', { keyPath: 'id' });
      store.createIndex('by-updated', 'updatedAt');
    });
    await rawPut(v1, record);
    v1.close();

    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('analyses', 'an-old')).toEqual(record);
    expect(await db.getAllFromIndex('analyses', 'by-updated')).toEqual([record]);
  });

  it('steps aside when a newer version wants to upgrade, and tells its listeners', async () => {
    const notices: DbNotice[] = [];
    const silenced: DbNotice[] = [];
    const stop = onDbNotice((n) => notices.push(n));
    const stopSilenced = onDbNotice((n) => silenced.push(n));
    stopSilenced();
    try {
      const old = await getDb();
      const first = getDb();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const { db: newer, blocked } = await Promise.race([
        rawOpen(DB_VERSION + 1),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the upgrade stayed blocked')), 2000))),
      ]).finally(() => clearTimeout(timer));
      newer.close();

      expect(blocked).toBe(false);
      expect(newer.version).toBe(DB_VERSION + 1);
      expect(notices).toEqual(['versionchange']);
      expect(silenced).toEqual([]);
      expect(() => old.transaction('analyses')).toThrow();
      // The closed connection is not handed out again: the next getDb opens anew (and, being older, fails).
      const next = getDb();
      expect(next).not.toBe(first);
      await expect(next).rejects.toThrow();
    } finally {
      stop();
    }
  });
});
