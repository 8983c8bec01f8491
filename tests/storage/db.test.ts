import { describe, expect, it } from 'vitest';
import { DB_VERSION, getDb } from '../../src/storage/db';
import { dbNotice } from '../../src/storage/dbNotices';
import { rawOpen, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();

describe('db', () => {
  it('opens at DB_VERSION: analyses by id (with the by-updated index), answers by [analysis, statement], werkplaatsen by id', async () => {
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    const tx = db.transaction(['analyses', 'answers', 'workshops']);
    expect(tx.objectStore('analyses').keyPath).toBe('id');
    expect(tx.objectStore('analyses').index('by-updated').keyPath).toBe('updatedAt');
    expect(tx.objectStore('answers').keyPath).toEqual(['analysisId', 'statementId']);
    expect(tx.objectStore('workshops').keyPath).toBe('id');
  });

  it('shares one connection between callers', async () => {
    expect(await getDb()).toBe(await getDb());
  });

  it('steps aside when a newer version wants to upgrade, and says so', async () => {
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
    expect(dbNotice.value).toBe('versionchange');
    expect(() => old.transaction('analyses')).toThrow();
    // The closed connection is not handed out again: the next getDb opens anew (and, being older, fails).
    const next = getDb();
    expect(next).not.toBe(first);
    await expect(next).rejects.toThrow();
  });
});
