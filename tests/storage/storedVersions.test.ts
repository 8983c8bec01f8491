import { describe, expect, it } from 'vitest';
import { DB_NAME } from '../../src/storage/db';
import { getAnalysis, listAnalyses, saveAnswer } from '../../src/storage/analysesRepo';
import { useFreshIndexedDb } from './helpers';
import v1 from '../fixtures/storage/db-v1.json';
import { withDefaults, type Analysis } from '../../src/core/analysis';

useFreshIndexedDb();

/** Every storage schema version ever shipped, as a fixture, and how that version created its stores. */
const SHIPPED = [
  {
    fixture: v1,
    create(db: IDBDatabase) {
      db.createObjectStore('analyses', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt');
    },
  },
];

/** Writes a fixture into a raw database of its own version, as that app version would have. */
function restore(version: number, create: (db: IDBDatabase) => void, records: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => create(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('analyses', 'readwrite');
      records.forEach((r) => tx.objectStore('analyses').put(r));
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    };
  });
}

describe('every stored schema version ever shipped opens without loss', () => {
  for (const { fixture, create } of SHIPPED) {
    it(`version ${fixture.version}`, async () => {
      const records = fixture.stores.analyses as Analysis[];
      await restore(fixture.version, create, records);
      const listed = await listAnalyses();
      expect(listed.map((a) => a.id).sort()).toEqual(records.map((a) => a.id).sort());
      // Read back complete: what older records lack is filled with defaults, nothing else changes.
      for (const record of records) expect(await getAnalysis(record.id)).toEqual(withDefaults(record));
      // The upgrade added what later versions need.
      const { getDb } = await import('../../src/storage/db');
      expect([...(await getDb()).objectStoreNames].sort()).toEqual(['analyses', 'workshops']);
      // And the upgraded data keeps working: a new answer is added next to the old ones.
      const first = records[0]!;
      const updated = await saveAnswer(first.id, 'ma-visie-1', 3);
      expect(updated.answers).toEqual({ ...first.answers, 'ma-visie-1': 3 });
    });
  }
});
