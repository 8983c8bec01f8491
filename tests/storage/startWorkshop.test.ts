import { describe, expect, it } from 'vitest';
import { closeDb } from '../../src/storage/db';
import { getWorkshop, listWorkshops, startWorkshop } from '../../src/storage/workshopsRepo';
import { createWorkshopWith, workshopNameFor } from '../../src/core/workshop';
import { useFreshIndexedDb } from './helpers';

useFreshIndexedDb();
const T0 = new Date('2026-11-01T10:00:00.000Z');

describe('a werkplaats made from results (import summary, compare page)', () => {
  it('is stored with those results and can be read back after a reload', async () => {
    const made = await startWorkshop('Sociaal domein Oost', ['an-aa', 'an-bb', 'an-aa'], T0);
    expect(made.id).toMatch(/^ws-/);
    expect(made.resultIds).toEqual(['an-aa', 'an-bb']);
    await closeDb();
    expect(await getWorkshop(made.id)).toEqual(made);
    expect((await listWorkshops()).map((w) => w.id)).toEqual([made.id]);
  });

  it('two made at once are two werkplaatsen', async () => {
    const [a, b] = await Promise.all([startWorkshop('A', ['an-aa'], T0), startWorkshop('B', ['an-bb'], T0)]);
    expect(a.id).not.toBe(b.id);
    expect(await listWorkshops()).toHaveLength(2);
  });
});

describe('its name and content', () => {
  it('is named after the partnership the results share, else the fallback', () => {
    expect(workshopNameFor([{ partnership: 'Oost' }, { partnership: ' Oost ' }], 'Werkplaats 1-11-2026')).toBe('Oost');
    expect(workshopNameFor([{ partnership: 'Oost' }, { partnership: 'West' }], 'Werkplaats 1-11-2026')).toBe('Werkplaats 1-11-2026');
    expect(workshopNameFor([{ partnership: '' }, { partnership: '' }], 'Werkplaats 1-11-2026')).toBe('Werkplaats 1-11-2026');
    expect(workshopNameFor([{ partnership: '\u202E\u200B' }], 'Werkplaats')).toBe('Werkplaats'); // only invisible characters
    expect(workshopNameFor([], 'Werkplaats')).toBe('Werkplaats');
  });

  it('holds the results, cleaned like any werkplaats', () => {
    const w = createWorkshopWith('  Oost  ', 'ws-one', ['an-b', 'an-a', 'an-b', '__proto__'], T0);
    expect(w).toMatchObject({ id: 'ws-one', name: 'Oost', resultIds: ['an-b', 'an-a'], actions: [], notes: {} });
    expect(w.createdAt).toBe(T0.toISOString());
  });
});
