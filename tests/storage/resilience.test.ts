import { afterEach, describe, expect, it } from 'vitest';
import { resetStores } from '../../src/storage/recordStore';
import { memoryStore } from '../../src/storage/memoryStore';
import type { Analysis } from '../../src/core/analysis';
import { addAnalysis, getAnalysis, listAnalyses, saveAnswer, storageKind } from '../../src/storage/analysesRepo';
import { onDbNotice, type DbNotice } from '../../src/storage/dbNotices';
import { flushWrites, trackWrite } from '../../src/storage/writeTracker';
import { analysis, minute, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();
afterEach(() => resetStores());

describe('without IndexedDB', () => {
  it('falls back to memory, tells the listeners, and still keeps every answer for the visit', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    resetStores();
    const notices: DbNotice[] = [];
    const stop = onDbNotice((n) => notices.push(n));
    try {
      expect(await storageKind()).toBe('memory');
      expect(notices).toContain('unavailable');
      await addAnalysis(analysis('an-mem'));
      await Promise.all([saveAnswer('an-mem', 'io-practice-1', 4), saveAnswer('an-mem', 'io-practice-2', 'unknown')]);
      expect((await getAnalysis('an-mem'))?.answers).toEqual({ 'io-practice-1': 4, 'io-practice-2': 'unknown' });
      expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-mem']);
    } finally {
      stop();
      globalThis.indexedDB = saved;
    }
  });
});

describe('memoryStore', () => {
  it('hands out copies, so that a caller cannot change stored records by accident', async () => {
    const store = memoryStore<Analysis>();
    await store.add(analysis('an-copy'));
    const read = await store.get('an-copy');
    read!.answers['io-practice-1'] = 5;
    expect((await store.get('an-copy'))?.answers).toEqual({});
  });

  it('rejects a duplicate id and an update of a missing record', async () => {
    const store = memoryStore<Analysis>();
    await store.add(analysis('an-one'));
    await expect(store.add(analysis('an-one'))).rejects.toThrow();
    await expect(store.update('an-none', (a) => a)).rejects.toThrow();
  });

  it('lists records in id order, like IndexedDB does', async () => {
    const store = memoryStore<Analysis>();
    await store.add(analysis('an-zz', 9));
    await store.add(analysis('an-aa', 1));
    expect((await store.all()).map((a) => a.id)).toEqual(['an-aa', 'an-zz']);
  });

  it('the repository lists the most recently changed first, in memory too', async () => {
    const saved = globalThis.indexedDB;
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    resetStores();
    try {
      await addAnalysis(analysis('an-zz', 1));
      await addAnalysis(analysis('an-aa', 9));
      expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-aa', 'an-zz']);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('writeTracker', () => {
  it('flushWrites waits for every write, failed ones included', async () => {
    const done: string[] = [];
    trackWrite(new Promise((r) => setTimeout(r, 20)).then(() => done.push('slow')));
    trackWrite(Promise.reject(new Error('disk full'))).catch(() => done.push('failed'));
    await flushWrites();
    expect(done.sort()).toEqual(['failed', 'slow']);
  });

  it('a save through the repository is awaited by flushWrites', async () => {
    await addAnalysis(analysis('an-flush'));
    void saveAnswer('an-flush', 'io-practice-1', 2, minute(3));
    await flushWrites();
    expect((await getAnalysis('an-flush'))?.answers).toEqual({ 'io-practice-1': 2 });
  });
});
