import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import {
  addAnalysis, deleteAnalysis, getAnalysis, listAnalyses, renameAnalysis, saveAnswer, saveAreaIndex, storeImported,
} from '../../src/storage/analysesRepo';
import { DB_NAME, DB_VERSION, closeDb, getDb, type BondgenotenDB } from '../../src/storage/db';
import { withAnswer } from '../../src/core/analysis';
import { analysis, minute, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

/** Reads an analysis straight from IndexedDB through a new connection, as a reload would. */
async function reread(id: string) {
  await closeDb();
  return (await getDb()).get('analyses', id);
}

describe('analysesRepo', () => {
  it('adds, gets and lists analyses, most recently updated first', async () => {
    await addAnalysis(analysis('an-one', 1));
    await addAnalysis(analysis('an-two', 3));
    await addAnalysis(analysis('an-three', 2));
    expect(await getAnalysis('an-one')).toEqual(analysis('an-one', 1));
    expect(await getAnalysis('an-none')).toBeUndefined();
    expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-two', 'an-three', 'an-one']);
    expect(await reread('an-three')).toEqual(analysis('an-three', 2));
  });

  it('moves an analysis to the front of the list when it gets an answer', async () => {
    await addAnalysis(analysis('an-one', 1));
    await addAnalysis(analysis('an-two', 2));
    await saveAnswer('an-one', 'io-practice-1', 3, minute(5));
    expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-one', 'an-two']);
  });

  it('saveAnswer persists at once and returns the new record', async () => {
    await addAnalysis(analysis('an-one'));
    const saved = await saveAnswer('an-one', 'io-practice-1', 'unknown', minute(7));
    expect(saved.answers).toEqual({ 'io-practice-1': 'unknown' });
    expect(saved.updatedAt).toBe(minute(7).toISOString());
    expect(await reread('an-one')).toEqual(saved);
  });

  it('keeps every one of 20 answers saved without waiting in between', async () => {
    await addAnalysis(analysis('an-one'));
    const ids = Array.from({ length: 20 }, (_, i) => `st-${i}`);
    const results = await Promise.all(ids.map((id, i) => saveAnswer('an-one', id, (i % 5) + 1)));
    results.forEach((r, i) => expect(r.answers[`st-${i}`]).toBe((i % 5) + 1));
    const stored = await reread('an-one');
    expect(stored?.answers).toEqual(Object.fromEntries(ids.map((id, i) => [id, (i % 5) + 1])));
  });

  it('two tabs: an answer saved by another tab is kept when a stale tab saves its own', async () => {
    await addAnalysis(analysis('an-one'));
    const staleView = await getAnalysis('an-one'); // tab 1 has the record loaded, without answer A
    const otherTab = await openDB<BondgenotenDB>(DB_NAME, DB_VERSION);
    try {
      const current = await otherTab.get('analyses', 'an-one');
      if (!current) throw new Error('missing');
      await otherTab.put('analyses', withAnswer(current, 'io-practice-1', 5, minute(1)));
    } finally {
      otherTab.close();
    }
    expect(staleView?.answers).toEqual({});
    const saved = await saveAnswer('an-one', 'io-practice-2', 2, minute(2));
    expect(saved.answers).toEqual({ 'io-practice-1': 5, 'io-practice-2': 2 });
    expect((await reread('an-one'))?.answers).toEqual({ 'io-practice-1': 5, 'io-practice-2': 2 });
  });

  it('persists the area to resume at, keeping the answers', async () => {
    await addAnalysis(analysis('an-one'));
    await saveAnswer('an-one', 'io-practice-1', 4);
    expect((await saveAreaIndex('an-one', 2)).areaIndex).toBe(2);
    expect(await reread('an-one')).toMatchObject({ areaIndex: 2, answers: { 'io-practice-1': 4 } });
  });

  it('renames (an empty name keeps the old one)', async () => {
    await addAnalysis(analysis('an-one'));
    expect((await renameAnalysis('an-one', '  Nieuwe  naam ', minute(3))).name).toBe('Nieuwe naam');
    await renameAnalysis('an-one', '   ', minute(4));
    expect(await reread('an-one')).toMatchObject({ name: 'Nieuwe naam', updatedAt: minute(3).toISOString() });
  });

  it('deletes an analysis', async () => {
    await addAnalysis(analysis('an-one'));
    await deleteAnalysis('an-one');
    expect(await getAnalysis('an-one')).toBeUndefined();
    expect(await listAnalyses()).toEqual([]);
    expect(await reread('an-one')).toBeUndefined();
    await expect(deleteAnalysis('an-one')).resolves.toBeUndefined();
  });

  it.each([
    ['saveAnswer', () => saveAnswer('an-none', 'io-practice-1', 3)],
    ['saveAreaIndex', () => saveAreaIndex('an-none', 1)],
    ['renameAnalysis', () => renameAnalysis('an-none', 'Naam')],
  ])('%s on a missing id rejects and creates nothing', async (_name, change) => {
    await expect(change()).rejects.toThrow(/not found/);
    expect(await getAnalysis('an-none')).toBeUndefined();
    expect(await listAnalyses()).toEqual([]);
    await addAnalysis(analysis('an-after'));
    expect(await getAnalysis('an-after')).toBeDefined();
  });

  it('addAnalysis with an existing id rejects and keeps the stored one', async () => {
    await addAnalysis(analysis('an-one'));
    await saveAnswer('an-one', 'io-practice-1', 4);
    const stored = await getAnalysis('an-one');
    await expect(addAnalysis({ ...analysis('an-one'), name: 'Overschreven' })).rejects.toThrow();
    expect(await reread('an-one')).toEqual(stored);
  });

  it('saveAnswer with an unsafe statement id rejects and changes nothing', async () => {
    await addAnalysis(analysis('an-one'));
    await expect(saveAnswer('an-one', '__proto__', 1)).rejects.toThrow();
    expect(await reread('an-one')).toEqual(analysis('an-one'));
  });
});

describe('storing an import', () => {
  const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => analysis(`an-imp${String(from + i).padStart(4, '0')}`));

  it('stores many results in slices of one transaction, telling how many are stored so far', async () => {
    await addAnalysis(analysis('an-imp0003'));
    const replaced = { ...analysis('an-imp0003'), name: 'Vervangen' };
    const progress: [number, number][] = [];
    await storeImported(many(600, 10), [replaced], minute(5), (stored, total) => progress.push([stored, total]));
    expect(progress).toEqual([
      [250, 601],
      [500, 601],
      [601, 601],
    ]);
    const all = await listAnalyses();
    expect(all).toHaveLength(601);
    expect(all.find((a) => a.id === 'an-imp0003')?.name).toBe('Vervangen');
    expect(all.every((a) => a.importedAt === minute(5).toISOString())).toBe(true);
  });

  it('stores nothing when a result in a later slice cannot be stored at all', async () => {
    const results = many(400);
    (results[300] as unknown as { broken: () => void }).broken = () => undefined; // not cloneable
    await expect(storeImported(results, [])).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await listAnalyses()).toEqual([]);
  });

  it('stores nothing when one result in a later slice cannot be added', async () => {
    await addAnalysis(analysis('an-imp0450'));
    await expect(storeImported(many(500), [])).rejects.toBeTruthy();
    expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-imp0450']);
  });
});
