import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { conditionalPut } from '../../src/storage/conditionalPut';
import { closeWriterConnection, handleWriterRequest } from '../../src/storage/writerHandler';
import { resetStores } from '../../src/storage/recordStore';
import { commitTime } from '../../src/storage/indexedDbStore';
import { addAnalysis, getAnalysis, saveAnswer } from '../../src/storage/analysesRepo';
import { DB_NAME, DB_VERSION, getDb, type BondgenotenDB } from '../../src/storage/db';
import type { WriterRequest } from '../../src/storage/writerMessages';
import { analysis, minute, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

async function rawDb(): Promise<IDBDatabase> {
  await getDb(); // the page creates the database
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('conditionalPut', () => {
  it('writes when the stored record is still the one expected', async () => {
    await addAnalysis(analysis('an-cond'));
    const stored = await (await getDb()).get('analyses', 'an-cond');
    const db = await rawDb();
    const next = { ...stored!, name: 'Nieuw' };
    expect(await conditionalPut(db, 'analyses', 'an-cond', JSON.stringify(stored), next)).toBe('written');
    expect((await getAnalysis('an-cond'))?.name).toBe('Nieuw');
    db.close();
  });

  it('writes nothing when the record was changed meanwhile, or is gone', async () => {
    await addAnalysis(analysis('an-cond'));
    const stored = await (await getDb()).get('analyses', 'an-cond');
    await saveAnswer('an-cond', 'io-practice-1', 2, minute(1)); // another change lands first
    const db = await rawDb();
    expect(await conditionalPut(db, 'analyses', 'an-cond', JSON.stringify(stored), { ...stored!, name: 'Oud' })).toBe('changed');
    expect(await conditionalPut(db, 'analyses', 'an-none', JSON.stringify(stored), { ...stored!, id: 'an-none' })).toBe('changed');
    const now = await getAnalysis('an-cond');
    expect(now?.name).toBe(stored!.name);
    expect(now?.answers).toEqual({ 'io-practice-1': 2 });
    expect(await getAnalysis('an-none')).toBeUndefined();
    db.close();
  });

  it('rejects with the browser error (a full disk) and writes nothing', async () => {
    await addAnalysis(analysis('an-full'));
    const stored = await (await getDb()).get('analyses', 'an-full');
    const db = await rawDb();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await expect(conditionalPut(db, 'analyses', 'an-full', JSON.stringify(stored), { ...stored!, name: 'X' })).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      put.mockRestore();
    }
    expect((await getAnalysis('an-full'))?.name).toBe(stored!.name);
    db.close();
  });
});

/** A stand-in for the browser's Worker that runs the writer's handler in this thread, asynchronously. */
class InThreadWorker {
  static requests: WriterRequest[] = [];
  static broken = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  onmessageerror: (() => void) | null = null;
  postMessage(data: WriterRequest) {
    InThreadWorker.requests.push(data);
    const copy = structuredClone(data);
    setTimeout(() => {
      if (InThreadWorker.broken) return this.onerror?.();
      void handleWriterRequest(copy).then((reply) => this.onmessage?.({ data: structuredClone(reply) }));
    }, 0);
  }
  terminate() {}
}

describe('saving through the writer worker', () => {
  beforeEach(() => {
    InThreadWorker.requests = [];
    InThreadWorker.broken = false;
    vi.stubGlobal('Worker', InThreadWorker);
    resetStores();
  });
  afterEach(async () => {
    await closeWriterConnection();
    resetStores();
    vi.unstubAllGlobals();
  });

  it('stores answers through the worker once the page has seen the record, with the moment of commit', async () => {
    await addAnalysis(analysis('an-w'));
    const first = await saveAnswer('an-w', 'io-practice-1', 4, minute(1));
    const second = await saveAnswer('an-w', 'io-practice-2', 'unknown', minute(2));
    expect(InThreadWorker.requests.map((r) => r.key)).toEqual(['an-w', 'an-w']);
    expect(commitTime(first)).toBeGreaterThan(0);
    expect(commitTime(second)).toBeGreaterThanOrEqual(commitTime(first)!);
    expect((await getAnalysis('an-w'))?.answers).toEqual({ 'io-practice-1': 4, 'io-practice-2': 'unknown' });
  });

  it('answers given in quick succession all arrive, in order', async () => {
    await addAnalysis(analysis('an-fast'));
    await Promise.all([saveAnswer('an-fast', 'io-practice-1', 1), saveAnswer('an-fast', 'io-practice-2', 2), saveAnswer('an-fast', 'io-practice-1', 5)]);
    expect((await getAnalysis('an-fast'))?.answers).toEqual({ 'io-practice-1': 5, 'io-practice-2': 2 });
  });

  it('when another tab changed the record, the page writes itself and keeps both changes', async () => {
    await addAnalysis(analysis('an-two'));
    await saveAnswer('an-two', 'io-practice-1', 3, minute(1));
    const otherTab = await openDB<BondgenotenDB>(DB_NAME, DB_VERSION);
    const theirs = await otherTab.get('analyses', 'an-two');
    await otherTab.put('analyses', { ...theirs!, answers: { ...theirs!.answers, 'io-practice-2': 1 } });
    otherTab.close();
    const mine = await saveAnswer('an-two', 'io-practice-3', 5, minute(2));
    expect(mine.answers).toEqual({ 'io-practice-1': 3, 'io-practice-2': 1, 'io-practice-3': 5 });
    expect(commitTime(mine)).toBeUndefined(); // written by the page, not the worker
    expect((await getAnalysis('an-two'))?.answers).toEqual(mine.answers);
  });

  it('when the worker fails, the page writes itself and nothing is lost', async () => {
    await addAnalysis(analysis('an-broken'));
    InThreadWorker.broken = true;
    await saveAnswer('an-broken', 'io-practice-1', 2, minute(1));
    await saveAnswer('an-broken', 'io-practice-2', 4, minute(2));
    expect(InThreadWorker.requests).toHaveLength(1); // after the failure the worker is not asked again
    expect((await getAnalysis('an-broken'))?.answers).toEqual({ 'io-practice-1': 2, 'io-practice-2': 4 });
  });
});
