import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addAnalysis, backupDue, saveAnswer, storeImported } from '../../src/storage/analysesRepo';
import { renameWorkshop, addWorkshop } from '../../src/storage/workshopsRepo';
import { loadUnsavedSince, noteBackup } from '../../src/storage/backupMark';
import { createWorkshop } from '../../src/core/workshop';
import { analysis, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

/** localStorage as a browser tab has it (Node has none). */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 9, 0));

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the backup reminder', () => {
  it('offers a backup to someone who works every day, once work in no backup is more than a week old', async () => {
    vi.setSystemTime(day(0));
    await addAnalysis({ ...analysis('an-daily'), createdAt: day(0).toISOString(), updatedAt: day(0).toISOString() });
    expect(await backupDue()).toBe(false);
    for (let d = 1; d <= 8; d++) {
      vi.setSystemTime(day(d));
      await saveAnswer('an-daily', 'io-practice-1', (d % 5) + 1, day(d));
    }
    // The record's last change is today, but the work of day 0 is in no backup and 8 days old.
    expect(await backupDue()).toBe(true);
    noteBackup(day(8).toISOString());
    expect(await backupDue()).toBe(false);
    vi.setSystemTime(day(9));
    await saveAnswer('an-daily', 'io-practice-1', 2, day(9));
    vi.setSystemTime(day(15));
    expect(await backupDue()).toBe(false); // day 9's work is 6 days old
    vi.setSystemTime(day(17));
    expect(await backupDue()).toBe(true);
  });

  it('a werkplaats changed, or an import, counts as work; a change made while the backup was written waits for the next', async () => {
    vi.setSystemTime(day(0));
    await addWorkshop(createWorkshop('Werkplaats', 'ws-one', day(0)));
    expect(loadUnsavedSince()).toBe(day(0).toISOString());
    noteBackup(day(0).toISOString());
    vi.setSystemTime(day(1));
    await renameWorkshop('ws-one', 'Werkplaats Oost', day(1));
    expect(loadUnsavedSince()).toBe(day(1).toISOString());
    noteBackup(day(1).toISOString());
    vi.setSystemTime(day(2));
    await storeImported([analysis('an-imported')], [], [], day(2));
    expect(loadUnsavedSince()).toBe(day(2).toISOString());
    noteBackup(new Date(day(2).getTime() - 1000).toISOString()); // this backup's snapshot was taken just before the import
    expect(loadUnsavedSince()).toBe(day(2).toISOString());
    vi.setSystemTime(day(10));
    expect(await backupDue()).toBe(true);
  });

  it('work stored before the reminder kept its own note is found from the records', async () => {
    vi.setSystemTime(day(0));
    await addAnalysis({ ...analysis('an-old'), createdAt: day(0).toISOString(), updatedAt: day(0).toISOString() });
    localStorage.clear(); // as on a device where the app version before this one did the work
    vi.setSystemTime(day(3));
    expect(await backupDue()).toBe(false);
    vi.setSystemTime(day(8));
    expect(await backupDue()).toBe(true);
    noteBackup(day(8).toISOString());
    expect(await backupDue()).toBe(false);
  });

  it('nothing on the device, nothing to back up', async () => {
    vi.setSystemTime(day(30));
    expect(await backupDue()).toBe(false);
  });
});
