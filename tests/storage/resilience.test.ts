import { indexedDbBackend } from '../../src/storage/indexedDbBackend';
import { afterEach, describe, expect, it } from 'vitest';
import { resetBackend } from '../../src/storage/chooseBackend';
import { memoryBackend } from '../../src/storage/memoryBackend';
import { addAnalysis, getAnalysis, listAnalyses, saveAnswer, storageKind, storeImported } from '../../src/storage/analysesRepo';
import { dbNotice } from '../../src/storage/dbNotices';
import { flushWrites, trackWrite } from '../../src/storage/writeTracker';
import { unsavedAnswers } from '../../src/storage/unsavedAnswers';
import { closeDb } from '../../src/storage/db';
import { analysis, minute, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

/** Runs `fn` in a browser that gives no IndexedDB at all. */
async function withoutIndexedDb(fn: () => Promise<void>): Promise<void> {
  const saved = globalThis.indexedDB;
  (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
  resetBackend();
  try {
    await fn();
  } finally {
    globalThis.indexedDB = saved;
    resetBackend();
  }
}

/** Makes the next `n` puts throw as on a full disk. */
function failPuts(n: number): () => void {
  const original = IDBObjectStore.prototype.put;
  let left = n;
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left > 0) {
      left -= 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.apply(this, args);
  };
  return () => (IDBObjectStore.prototype.put = original);
}

afterEach(() => resetBackend());

describe('a full disk', () => {
  it('rejects the save with the quota error and stores nothing; the next save gets through', async () => {
    await addAnalysis(analysis('an-full'));
    const restore = failPuts(1);
    try {
      await expect(saveAnswer('an-full', 'io-practice-1', 4)).rejects.toMatchObject({ name: 'QuotaExceededError' });
      expect((await getAnalysis('an-full'))?.answers).toEqual({});
      await saveAnswer('an-full', 'io-practice-1', 4);
      expect((await getAnalysis('an-full'))?.answers).toEqual({ 'io-practice-1': 4 });
    } finally {
      restore();
    }
  });
});

describe('without IndexedDB', () => {
  it('falls back to memory, says so, and still keeps every answer for the visit', async () => {
    await withoutIndexedDb(async () => {
      expect(await storageKind()).toBe('memory');
      expect(dbNotice.value).toBe('unavailable');
      await addAnalysis(analysis('an-mem'));
      await Promise.all([saveAnswer('an-mem', 'io-practice-1', 4), saveAnswer('an-mem', 'io-practice-2', 'unknown')]);
      expect((await getAnalysis('an-mem'))?.answers).toEqual({ 'io-practice-1': 4, 'io-practice-2': 'unknown' });
      expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-mem']);
    });
  });

  it('lists the most recently changed first, in memory too', async () => {
    await withoutIndexedDb(async () => {
      await addAnalysis(analysis('an-zz', 1));
      await addAnalysis(analysis('an-aa', 9));
      expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-aa', 'an-zz']);
    });
  });

  it('an import in memory is all or nothing, like in IndexedDB', async () => {
    await withoutIndexedDb(async () => {
      await addAnalysis(analysis('an-taken'));
      await expect(storeImported([analysis('an-new'), analysis('an-taken')], [], [])).rejects.toBeTruthy();
      expect((await listAnalyses()).map((a) => a.id)).toEqual(['an-taken']);
    });
  });
});

describe('memoryBackend', () => {
  it('hands out copies, so that a caller cannot change stored records by accident', async () => {
    const store = memoryBackend();
    await store.addAnalysis(analysis('an-copy'));
    const read = await store.getAnalysis('an-copy');
    read!.answers['io-practice-1'] = 5;
    expect((await store.getAnalysis('an-copy'))?.answers).toEqual({});
  });

  it('rejects a duplicate id and a change of a missing record', async () => {
    const store = memoryBackend();
    await store.addAnalysis(analysis('an-one'));
    await expect(store.addAnalysis(analysis('an-one'))).rejects.toThrow();
    await expect(store.updateAnalysis('an-none', (a) => a)).rejects.toThrow(/not found/);
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

describe('answers that could not be stored survive a reload of the tab', () => {
  /** A stand-in for the tab's sessionStorage. */
  function useSessionStorage(): Map<string, string> {
    const data = new Map<string, string>();
    (globalThis as { sessionStorage?: unknown }).sessionStorage = {
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
    };
    return data;
  }

  it('a kept answer never overwrites a later answer to the same statement given meanwhile in another tab', async () => {
    useSessionStorage();
    try {
      await addAnalysis(analysis('an-both'));
      const restore = failPuts(1);
      await expect(saveAnswer('an-both', 'io-practice-1', 2, minute(4))).rejects.toBeTruthy();
      restore();
      // Another tab (already on the newer version) answers the same statement later.
      await indexedDbBackend.putAnswer({ analysisId: 'an-both', statementId: 'io-practice-1', value: 5, at: minute(6).toISOString() });
      await closeDb();
      resetBackend();
      expect((await getAnalysis('an-both'))?.answers).toEqual({ 'io-practice-1': 5 });
      expect(unsavedAnswers()).toEqual([]);
    } finally {
      delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    }
  });

  it('a failed save keeps the answer in the tab; the next start stores it and forgets it', async () => {
    const session = useSessionStorage();
    try {
      await addAnalysis(analysis('an-kept'));
      const restore = failPuts(1);
      await expect(saveAnswer('an-kept', 'io-practice-1', 5, minute(4))).rejects.toBeTruthy();
      restore();
      expect(unsavedAnswers()).toEqual([{ analysisId: 'an-kept', statementId: 'io-practice-1', value: 5, at: minute(4).toISOString() }]);
      // The tab reloads (for instance into a newer version): the kept answer is stored first.
      await closeDb();
      resetBackend();
      expect((await getAnalysis('an-kept'))?.answers).toEqual({ 'io-practice-1': 5 });
      expect(unsavedAnswers()).toEqual([]);
      expect(session.size).toBe(0);
    } finally {
      delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    }
  });

  it('a later answer to the same statement replaces the kept one, and a stored one is forgotten', async () => {
    useSessionStorage();
    try {
      await addAnalysis(analysis('an-kept'));
      const restore = failPuts(2);
      await expect(saveAnswer('an-kept', 'io-practice-1', 2, minute(1))).rejects.toBeTruthy();
      await expect(saveAnswer('an-kept', 'io-practice-1', 3, minute(2))).rejects.toBeTruthy();
      restore();
      expect(unsavedAnswers().map((a) => a.value)).toEqual([3]);
      await saveAnswer('an-kept', 'io-practice-1', 3, minute(3));
      expect(unsavedAnswers()).toEqual([]);
    } finally {
      delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    }
  });
});
