import { describe, expect, it } from 'vitest';
import {
  addAnalysis, deleteAnalysis, deleteAction, getAnalyses, getAnalysis, listAnalyses, markExported, pageOfAnalyses, renameAnalysis,
  saveAction, saveAnswer, saveNote, saveResumePoint, storeImported,
} from '../../src/storage/analysesRepo';
import { closeDb, getDb } from '../../src/storage/db';
import { analysis, minute, rawDump, useFreshIndexedDb } from './helpers';
import type { Analysis } from '../../src/core/analysis';

useFreshIndexedDb();

/** Reads an analysis again through a new connection, as a reload would. */
async function reread(id: string) {
  await closeDb();
  return getAnalysis(id);
}

/** Counts the IndexedDB requests of one kind (put, get, …) made while `run` runs. */
async function countRequests(kind: 'put' | 'get' | 'getAll', run: () => Promise<unknown>): Promise<number> {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[kind]!;
  let n = 0;
  proto[kind] = function counted(this: IDBObjectStore, ...args: unknown[]) {
    n += 1;
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    proto[kind] = original;
  }
  return n;
}

describe('analysesRepo', () => {
  it('adds, gets and lists analyses, most recently changed first', async () => {
    await addAnalysis(analysis('an-one', 1));
    await addAnalysis(analysis('an-two', 3));
    await addAnalysis(analysis('an-three', 2));
    expect(await getAnalysis('an-one')).toEqual(analysis('an-one', 1));
    expect(await getAnalysis('an-none')).toBeUndefined();
    expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-two', 'an-three', 'an-one']);
    expect(await reread('an-three')).toEqual(analysis('an-three', 2));
  });

  it('saves an answer as one put of one record, read back with the analysis after a reload', async () => {
    await addAnalysis(analysis('an-one'));
    await getDb(); // the connection is open, as it is while the user answers
    const gets = await countRequests('get', async () => {
      expect(await countRequests('put', () => saveAnswer('an-one', 'io-practice-1', 'unknown', minute(7)))).toBe(1);
    });
    expect(gets).toBe(0); // nothing is read first
    const saved = await reread('an-one');
    expect(saved?.answers).toEqual({ 'io-practice-1': 'unknown' });
    expect(saved?.updatedAt).toBe(minute(7).toISOString()); // the last answer is the last change
    expect((await rawDump()).answers).toEqual([{ analysisId: 'an-one', statementId: 'io-practice-1', value: 'unknown', at: minute(7).toISOString() }]);
  });

  it('moves an analysis to the front of the list when it gets an answer', async () => {
    await addAnalysis(analysis('an-one', 1));
    await addAnalysis(analysis('an-two', 2));
    await saveAnswer('an-one', 'io-practice-1', 3, minute(5));
    expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-one', 'an-two']);
  });

  it('keeps every one of 20 answers saved without waiting in between', async () => {
    await addAnalysis(analysis('an-one'));
    const ids = Array.from({ length: 20 }, (_, i) => `st-${i}`);
    await Promise.all(ids.map((id, i) => saveAnswer('an-one', id, (i % 5) + 1)));
    expect((await reread('an-one'))?.answers).toEqual(Object.fromEntries(ids.map((id, i) => [id, (i % 5) + 1])));
  });

  it('two tabs: answers to different statements never touch each other; the same statement keeps the last', async () => {
    await addAnalysis(analysis('an-one'));
    const tabB = await getAnalysis('an-one'); // another tab has the analysis open, without answers
    await saveAnswer('an-one', 'io-practice-1', 5, minute(1)); // tab A
    await saveAnswer('an-one', 'io-practice-2', 2, minute(2)); // tab B, from its stale view
    expect(tabB?.answers).toEqual({});
    expect((await reread('an-one'))?.answers).toEqual({ 'io-practice-1': 5, 'io-practice-2': 2 });
    await saveAnswer('an-one', 'io-practice-1', 1, minute(3)); // tab B changes A's statement: last writer wins
    expect((await reread('an-one'))?.answers).toEqual({ 'io-practice-1': 1, 'io-practice-2': 2 });
  });

  it('an answer given here wins over the one that came with an imported result', async () => {
    const imported: Analysis = { ...analysis('an-imp'), answers: { 'io-practice-1': 2, 'io-practice-2': 3 } };
    await storeImported([imported], [], [], minute(1));
    await saveAnswer('an-imp', 'io-practice-1', 5, minute(2));
    expect((await reread('an-imp'))?.answers).toEqual({ 'io-practice-1': 5, 'io-practice-2': 3 });
  });

  it('saves the resume point and, as the sort key, the time of the last answer', async () => {
    await addAnalysis(analysis('an-one'));
    await saveAnswer('an-one', 'io-practice-1', 4, minute(9));
    expect((await saveResumePoint('an-one', 2, minute(9).toISOString())).areaIndex).toBe(2);
    const [record] = (await rawDump()).analyses as Analysis[];
    expect(record).toMatchObject({ areaIndex: 2, updatedAt: minute(9).toISOString(), answers: {} });
    expect((await reread('an-one'))?.answers).toEqual({ 'io-practice-1': 4 });
  });

  it('renames (an empty name keeps the old one)', async () => {
    await addAnalysis(analysis('an-one'));
    expect((await renameAnalysis('an-one', '  Nieuwe  naam ', minute(3))).name).toBe('Nieuwe naam');
    await renameAnalysis('an-one', '   ', minute(4));
    expect(await reread('an-one')).toMatchObject({ name: 'Nieuwe naam', updatedAt: minute(3).toISOString() });
  });

  it('notes and actions are saved, and their change keeps the answers', async () => {
    await addAnalysis(analysis('an-one'));
    await saveAnswer('an-one', 'io-practice-1', 2);
    await saveNote('an-one', 'io-practice', 'Bespreken in het MT');
    const withAction = await saveAction('an-one', { id: 'ac-one', kenmerkId: 'io-practice', what: 'Agenda maken', who: 'Jan', when: 'mei' });
    expect(withAction.answers).toEqual({ 'io-practice-1': 2 });
    expect((await reread('an-one'))?.notes).toEqual({ 'io-practice': 'Bespreken in het MT' });
    await deleteAction('an-one', 'ac-one');
    expect((await reread('an-one'))?.actions).toEqual([]);
  });

  it('deletes an analysis with its answers', async () => {
    await addAnalysis(analysis('an-one'));
    await saveAnswer('an-one', 'io-practice-1', 3);
    await deleteAnalysis('an-one');
    expect(await getAnalysis('an-one')).toBeUndefined();
    expect(await rawDump()).toMatchObject({ analyses: [], answers: [] });
    await expect(deleteAnalysis('an-one')).resolves.toBeUndefined();
  });

  it.each([
    ['saveResumePoint', () => saveResumePoint('an-none', 1)],
    ['renameAnalysis', () => renameAnalysis('an-none', 'Naam')],
  ])('%s on a missing id rejects and creates nothing', async (_name, change) => {
    await expect(change()).rejects.toThrow(/not found/);
    expect(await listAnalyses()).toEqual([]);
  });

  it('addAnalysis with an existing id rejects and keeps the stored one', async () => {
    await addAnalysis(analysis('an-one'));
    await saveAnswer('an-one', 'io-practice-1', 4);
    const stored = await getAnalysis('an-one');
    await expect(addAnalysis({ ...analysis('an-one'), name: 'Overschreven' })).rejects.toThrow();
    expect(await reread('an-one')).toEqual(stored);
  });

  it('saveAnswer with an unsafe id rejects and stores nothing', async () => {
    await addAnalysis(analysis('an-one'));
    await expect(saveAnswer('an-one', '__proto__', 1)).rejects.toThrow();
    await expect(saveAnswer('__proto__', 'io-practice-1', 1)).rejects.toThrow();
    expect((await rawDump()).answers).toEqual([]);
  });
});

describe('a page at a time (20,000 results on a device)', () => {
  it('lists a page from the by-updated index, newest first, with the total; answers of the page only', async () => {
    for (let i = 0; i < 120; i += 1) await addAnalysis(analysis(`an-p${String(i).padStart(3, '0')}`, i));
    await saveAnswer('an-p005', 'io-practice-1', 4, minute(2));
    const first = await pageOfAnalyses(0, 50);
    expect(first.total).toBe(120);
    expect(first.items.map((a) => a.id).slice(0, 3)).toEqual(['an-p119', 'an-p118', 'an-p117']);
    const last = await pageOfAnalyses(100, 50);
    expect(last.items.map((a) => a.id)).toHaveLength(20);
    expect(last.items.at(-1)?.id).toBe('an-p000');
    expect(last.items.find((a) => a.id === 'an-p005')?.answers).toEqual({ 'io-practice-1': 4 });
    const gets = await countRequests('getAll', () => pageOfAnalyses(0, 50));
    expect(gets).toBe(1); // the answers given on this device, read once; no record read but the 50 shown
  });

  it('an analysis answered just now comes first, and its answer counts as a change', async () => {
    await addAnalysis(analysis('an-early', 1));
    await addAnalysis(analysis('an-later', 5));
    await saveAnswer('an-early', 'io-practice-1', 3, minute(20)); // one put: the analysis record itself is not rewritten
    expect((await pageOfAnalyses(0, 50)).items.map((a) => [a.id, a.updatedAt])).toEqual([
      ['an-early', minute(20).toISOString()],
      ['an-later', minute(5).toISOString()],
    ]);
    await saveAnswer('an-later', 'io-practice-1', 2, minute(30));
    expect((await pageOfAnalyses(0, 50)).items.map((a) => a.id)).toEqual(['an-later', 'an-early']);
  });

  it('reads chosen analyses in the order asked, leaving out ids that are not here', async () => {
    await addAnalysis(analysis('an-a'));
    await addAnalysis(analysis('an-b'));
    expect((await getAnalyses(['an-b', 'an-none', 'an-a'])).map((a) => a.id)).toEqual(['an-b', 'an-a']);
  });

  it('marks many as exported in one step', async () => {
    await addAnalysis(analysis('an-old', 1));
    await addAnalysis(analysis('an-new', 30));
    await markExported(['an-old', 'an-new', 'an-none'], minute(60));
    expect((await listAnalyses()).map((a) => a.exportedAt)).toEqual([minute(60).toISOString(), minute(60).toISOString()]);
  });
});

describe('storing an import', () => {
  const many = (n: number, from = 0) => Array.from({ length: n }, (_, i) => analysis(`an-imp${String(from + i).padStart(4, '0')}`));

  it('stores results, replacements and werkplaatsen in one step, telling how far it is', async () => {
    await addAnalysis(analysis('an-imp0003'));
    await saveAnswer('an-imp0003', 'io-practice-1', 1);
    const replaced = { ...analysis('an-imp0003'), name: 'Vervangen', answers: { 'io-practice-1': 4 } };
    const workshop = { id: 'ws-one', name: 'Werkplaats', resultIds: ['an-imp0010'], notes: {}, actions: [], createdAt: minute(0).toISOString(), updatedAt: minute(0).toISOString() };
    const progress: [number, number][] = [];
    await storeImported(many(600, 10), [replaced], [workshop], minute(5), (stored, total) => progress.push([stored, total]));
    expect(progress.at(-1)).toEqual([602, 602]);
    expect(progress.length).toBeGreaterThan(10);
    const all = await listAnalyses();
    expect(all).toHaveLength(601);
    const mine = all.find((a) => a.id === 'an-imp0003');
    expect(mine).toMatchObject({ name: 'Vervangen', answers: { 'io-practice-1': 4 } }); // the file's answer, not the one given here
    expect(all.every((a) => a.importedAt === minute(5).toISOString())).toBe(true);
    expect((await rawDump()).workshops).toEqual([workshop]);
  });

  it('stores nothing when one result cannot be stored at all', async () => {
    const results = many(400);
    (results[300] as unknown as { broken: () => void }).broken = () => undefined; // not cloneable
    await expect(storeImported(results, [], [])).rejects.toBeTruthy();
    expect(await listAnalyses()).toEqual([]);
  });

  it('stores nothing when one result cannot be added (its id is taken)', async () => {
    await addAnalysis(analysis('an-imp0450'));
    await expect(storeImported(many(500), [], [])).rejects.toBeTruthy();
    expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-imp0450']);
  });

  it('a new result starts without answers left behind under its id', async () => {
    await addAnalysis(analysis('an-imp0001'));
    await saveAnswer('an-imp0001', 'io-practice-1', 5);
    await deleteAnalysis('an-imp0001');
    await saveAnswer('an-imp0001', 'io-practice-2', 5); // a stale tab answered after the delete
    await storeImported(many(2), [], []);
    expect((await reread('an-imp0001'))?.answers).toEqual({});
    expect((await rawDump()).answers).toEqual([]);
  });
});
