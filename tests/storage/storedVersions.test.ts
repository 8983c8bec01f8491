import { describe, expect, it } from 'vitest';
import { DB_VERSION, getDb } from '../../src/storage/db';
import { getAnalysis, listAnalyses, saveAnswer } from '../../src/storage/analysesRepo';
import { listWorkshops } from '../../src/storage/workshopsRepo';
import { rawDump, rawOpen, useFreshIndexedDb } from './helpers';
import v1 from '../fixtures/storage/db-v1.json';
import v2 from '../fixtures/storage/db-v2.json';
import { withDefaults, type Analysis } from '../../src/core/analysis';
import type { Workshop } from '../../src/core/workshop';

useFreshIndexedDb();

/** How each shipped schema version created its stores. */
const CREATE: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => db.createObjectStore('analyses', { keyPath: 'id' }).createIndex('by-updated', 'updatedAt'),
  2: (db) => {
    CREATE[1]!(db);
    db.createObjectStore('workshops', { keyPath: 'id' });
  },
};

/** Every storage schema version ever shipped, as a fixture. */
const SHIPPED = [v1, v2] as { version: number; stores: Record<string, unknown[]> }[];

/** Writes a fixture into a raw database of its own version, as that app version would have. */
async function restore(fixture: (typeof SHIPPED)[number]): Promise<void> {
  const { db } = await rawOpen(fixture.version, CREATE[fixture.version]);
  await new Promise<void>((resolve, reject) => {
    const names = Object.keys(fixture.stores);
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) fixture.stores[name]!.forEach((r) => tx.objectStore(name).put(r));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('put failed'));
  });
  db.close();
}

describe('every stored schema version ever shipped opens without loss', () => {
  for (const fixture of SHIPPED) {
    it(`version ${fixture.version} → ${DB_VERSION}`, async () => {
      const records = fixture.stores.analyses as unknown as Analysis[];
      await restore(fixture);
      // Read back complete: what older records lack is filled with defaults, nothing else changes.
      const listed = await listAnalyses();
      expect(listed.map((a) => a.id).sort()).toEqual(records.map((a) => a.id).sort());
      for (const record of records) expect(await getAnalysis(record.id)).toEqual(withDefaults(record));
      expect(await listWorkshops()).toEqual((fixture.stores.workshops ?? []) as Workshop[]);
      expect([...(await getDb()).objectStoreNames].sort()).toEqual(['analyses', 'answers', 'workshops']);
      // And the upgraded data keeps working: a new answer is added next to the old ones.
      const first = records[0]!;
      await saveAnswer(first.id, 'ma-visie-2', 3, new Date('2026-12-01T10:00:00.000Z'));
      expect((await getAnalysis(first.id))?.answers).toEqual({ ...first.answers, 'ma-visie-2': 3 });
    });
  }

  it('version 2 → 3 moves the answers given on this device into one record each; imported answers stay with their result', async () => {
    await restore(v2);
    await getDb();
    const dump = await rawDump();
    const [own, imported, empty] = v2.stores.analyses as unknown as Analysis[];
    const answers = dump.answers as { analysisId: string; statementId: string; value: unknown; at: string }[];
    expect(answers.filter((a) => a.analysisId === own!.id).map((a) => [a.statementId, a.value]).sort()).toEqual(Object.entries(own!.answers).sort());
    expect(answers.every((a) => a.analysisId === own!.id && a.at === own!.updatedAt)).toBe(true);
    const stored = new Map((dump.analyses as Analysis[]).map((a) => [a.id, a]));
    expect(stored.get(own!.id)).toEqual({ ...own, answers: {} });
    expect(stored.get(imported!.id)).toEqual(imported);
    expect(stored.get(empty!.id)).toEqual(empty);
  });
});
