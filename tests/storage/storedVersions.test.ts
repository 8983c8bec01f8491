import { describe, expect, it } from 'vitest';
import { DB_VERSION, getDb } from '../../src/storage/db';
import { getAnalyses, getAnalysis, listAnalyses, pageOfAnalyses, saveAnswer } from '../../src/storage/analysesRepo';
import { getWorkshop, listWorkshops } from '../../src/storage/workshopsRepo';
import { rawDump, rawOpen, useFreshIndexedDb } from './helpers';
import v1 from '../fixtures/storage/db-v1.json';
import v2 from '../fixtures/storage/db-v2.json';
import { changedSinceExport, withDefaults, type Analysis } from '../../src/core/analysis';
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

/** Each store's keyPath and indexes, read raw (the shape of `schema` in db-v2.json). */
async function rawSchema(): Promise<Record<string, unknown>> {
  const { db } = await rawOpen();
  try {
    const tx = db.transaction([...db.objectStoreNames], 'readonly');
    return Object.fromEntries(
      [...db.objectStoreNames].map((name) => {
        const store = tx.objectStore(name);
        const indexes = [...store.indexNames].map((i) => {
          const index = store.index(i);
          return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
        });
        return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
      }),
    );
  } finally {
    db.close();
  }
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const newestFirst = (a: Analysis, b: Analysis) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

describe('every stored schema version ever shipped opens without loss', () => {
  for (const fixture of SHIPPED) {
    it(`version ${fixture.version} → ${DB_VERSION}`, async () => {
      const records = fixture.stores.analyses as unknown as Analysis[];
      await restore(fixture);
      // Read back complete: what older records lack is filled with defaults, nothing else changes.
      const listed = await listAnalyses();
      expect(listed.map((a) => a.id).sort()).toEqual(records.map((a) => a.id).sort());
      for (const record of records) expect(await getAnalysis(record.id)).toEqual(withDefaults(record));
      expect(byId(await listWorkshops())).toEqual(byId((fixture.stores.workshops ?? []) as Workshop[]));
      expect([...(await getDb()).objectStoreNames].sort()).toEqual(['analyses', 'answers', 'workshops']);
      // And the upgraded data keeps working: a new answer is added next to the old ones.
      const first = records[0]!;
      await saveAnswer(first.id, 'ma-visie-2', 3, new Date('2026-12-03T10:00:00.000Z'));
      expect((await getAnalysis(first.id))?.answers).toEqual({ ...first.answers, 'ma-visie-2': 3 });
    });
  }
});

/*
 * db-v2.json is a real database, written by the app at commit 48888a3 (schema version 2) and dumped
 * from Chromium: see tests/fixtures/storage/README.md. Its records are read here as the current
 * app reads them, after the upgrade to version 3.
 */
describe('the real version-2 database (app 48888a3) after the upgrade to version 3', () => {
  const analyses = v2.stores.analyses as unknown as Analysis[];
  const workshops = v2.stores.workshops as unknown as Workshop[];
  const own = analyses.filter((a) => !a.importedAt);
  const imported = analyses.filter((a) => a.importedAt);
  const answerCount = (list: readonly Analysis[]) => list.reduce((n, a) => n + Object.keys(a.answers).length, 0);

  it('is the dump it says it is: made by the version-2 app, with answers, notes, actions and werkplaatsen', () => {
    expect(v2.made.commit).toMatch(/^48888a3/);
    expect(v2.name).toBe('bondgenoten');
    expect(v2.version).toBe(2);
    expect(analyses).toHaveLength(3);
    expect(own).toHaveLength(2);
    expect(imported).toHaveLength(1);
    expect(answerCount(analyses)).toBe(29);
    expect(answerCount(own)).toBe(18);
    expect(analyses.flatMap((a) => Object.values(a.answers)).filter((v) => v === 'unknown')).toHaveLength(9);
    expect(analyses.reduce((n, a) => n + Object.keys(a.notes).length, 0)).toBe(3);
    expect(analyses.reduce((n, a) => n + a.actions.length, 0)).toBe(3);
    expect(workshops).toHaveLength(2);
    expect(workshops.reduce((n, w) => n + w.actions.length, 0)).toBe(2);
    expect(analyses.filter((a) => a.exportedAt)).toHaveLength(1);
  });

  it('the stores the old app made are the ones this test makes for version 2', async () => {
    await rawOpen(2, CREATE[2]).then(({ db }) => db.close());
    expect(await rawSchema()).toEqual(v2.schema);
  });

  it('moves the answers given on that device into one record each; the imported answers stay with their result', async () => {
    await restore(v2);
    await getDb();
    const dump = await rawDump();
    const answers = dump.answers as { analysisId: string; statementId: string; value: unknown; at: string }[];
    expect(answers).toHaveLength(answerCount(own));
    for (const a of own) {
      const mine = answers.filter((r) => r.analysisId === a.id);
      expect(mine.map((r) => [r.statementId, r.value]).sort()).toEqual(Object.entries(a.answers).sort());
      expect(mine.every((r) => r.at === a.updatedAt)).toBe(true);
    }
    const stored = new Map((dump.analyses as Analysis[]).map((a) => [a.id, a]));
    for (const a of own) expect(stored.get(a.id)).toEqual({ ...a, answers: {} });
    for (const a of imported) expect(stored.get(a.id)).toEqual(a);
    expect(byId(dump.workshops as Workshop[])).toEqual(byId(workshops));
    // The list's index is still there and still orders by the last change.
    expect(await rawSchema()).toMatchObject({ analyses: v2.schema.analyses, workshops: v2.schema.workshops });
  });

  it('every answer, note and action of each analysis is there, as the app reads it', async () => {
    await restore(v2);
    for (const stored of analyses) {
      const read = await getAnalysis(stored.id);
      expect(read, stored.name).toBeDefined();
      expect(read!.answers, `answers of ${stored.name}`).toEqual(stored.answers); // numbers and 'unknown' alike
      expect(read!.notes, `notes of ${stored.name}`).toEqual(stored.notes);
      expect(read!.actions, `actions of ${stored.name}`).toEqual(stored.actions);
      expect(read).toEqual(withDefaults(stored)); // name, party, mode, partnership, dates, areaIndex, bank too
      expect(changedSinceExport(read!), `export state of ${stored.name}`).toBe(changedSinceExport(stored));
    }
    const newest = [...analyses].sort(newestFirst).map((a) => a.id);
    expect((await listAnalyses()).map((a) => a.id)).toEqual(newest);
    const page = await pageOfAnalyses(0, 10);
    expect(page.total).toBe(analyses.length);
    expect(page.items.map((a) => a.id)).toEqual(newest);
    expect(byId(page.items)).toEqual(byId(analyses.map(withDefaults)));
  });

  it('every werkplaats is there with its results and agreed actions', async () => {
    await restore(v2);
    expect(byId(await listWorkshops())).toEqual(byId(workshops));
    for (const stored of workshops) {
      const read = await getWorkshop(stored.id);
      expect(read, stored.name).toEqual(stored);
      expect(read!.actions).toEqual(stored.actions);
      const results = await getAnalyses(read!.resultIds);
      expect(results.map((a) => a.id)).toEqual(stored.resultIds); // every result it discusses is on the device
      for (const result of results) expect(result.answers).toEqual(analyses.find((a) => a.id === result.id)!.answers);
    }
  });

  it('keeps working: a new answer, note and werkplaats action go next to the old ones', async () => {
    await restore(v2);
    const [gemeente] = own.filter((a) => a.party.role === 'gemeente');
    await saveAnswer(gemeente!.id, 'ma-coalitie-3', 'unknown', new Date('2026-12-03T10:00:00.000Z'));
    const read = await getAnalysis(gemeente!.id);
    expect(read!.answers).toEqual({ ...gemeente!.answers, 'ma-coalitie-3': 'unknown' });
    expect(read!.notes).toEqual(gemeente!.notes);
    expect(read!.actions).toEqual(gemeente!.actions);
    expect(read!.updatedAt).toBe('2026-12-03T10:00:00.000Z');
  });
});
