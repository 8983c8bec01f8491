import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { importer } from '../../src/import/importer';
import { addAnalysis, listAnalyses, markExported, renameAnalysis, saveAction, saveAnswer, saveNote, saveResumePoint, storeImported } from '../../src/storage/analysesRepo';
import { addWorkshop, listWorkshops, markWorkshopExported, saveWorkshopAction } from '../../src/storage/workshopsRepo';
import { closeDb } from '../../src/storage/db';
import { resetBackend } from '../../src/storage/chooseBackend';
import { createAnalysis, type Analysis } from '../../src/core/analysis';
import { createWorkshop, withResults } from '../../src/core/workshop';
import { allStatementIds, loadBank } from '../core/helpers';
import { useFreshIndexedDb } from '../storage/helpers';

useFreshIndexedDb();
const bank = loadBank();
const statements = allStatementIds(bank);
const T = (m: number) => new Date(Date.UTC(2026, 10, 1, 9, m));


describe('backup and restore', () => {
  it('a backup holds everything the user made; restored into a fresh profile it gives the same records', async () => {
    // Fill every store: own analyses with answers, notes and actions; an imported one with a later answer; a werkplaats with actions.
    const own = createAnalysis({ party: { name: 'Gemeente Oost', role: 'gemeente', level: 'bestuur' }, mode: 'together', partnership: 'Oost' }, bank, 'an-own', T(0));
    await addAnalysis(own);
    for (const [i, sid] of statements.slice(0, 20).entries()) await saveAnswer('an-own', sid, i % 3 === 0 ? 'unknown' : (i % 5) + 1, T(i + 1));
    await saveNote('an-own', 'io-practice', 'Bespreken in het MT', T(30));
    await saveAction('an-own', { id: 'ac-one', kenmerkId: 'ma-visie', what: 'Visie maken', who: 'Beleid', when: 'Q1' }, T(31));
    await renameAnalysis('an-own', 'Gemeente Oost — nulmeting', T(32));
    const imported: Analysis = { ...createAnalysis({ party: { name: 'Welzijn Oost', role: 'instelling' }, mode: 'alone', partnership: 'Oost' }, bank, 'an-imported', T(0)), answers: { [statements[0]!]: 2, [statements[1]!]: 4 } };
    await storeImported([imported], [], [], T(40));
    await saveAnswer('an-imported', statements[2]!, 5, T(41));
    await addWorkshop(withResults(createWorkshop('Werkplaats Oost', 'ws-oost', T(42)), ['an-own', 'an-imported', 'an-elsewhere'], T(42)));
    await saveWorkshopAction('ws-oost', { id: 'ac-two', kenmerkId: 'ma-visie', what: 'Samen schrijven', who: 'Allen', when: 'mei' }, T(43));
    // The device's own bookkeeping: where the user was, what was exported when.
    await saveResumePoint('an-own', 2);
    await markExported(['an-imported'], T(44));
    await markWorkshopExported('ws-oost', T(45));
    const before = { analyses: await listAnalyses(), workshops: await listWorkshops() };
    expect(before.analyses.find((a) => a.id === 'an-own')).toMatchObject({ areaIndex: 2 });
    expect(before.analyses.find((a) => a.id === 'an-own')?.importedAt).toBeUndefined();

    const backup = await importer.exportFile({ ids: null, backup: true, settings: { language: 'en' }, bank, appVersion: 'test', now: T(50).toISOString() });
    expect(backup.name).toMatch(/^bondgenoten-back-up-\d{4}-\d{2}-\d{2}\.json$/);
    expect(backup.count).toBe(2);
    const text = await backup.blob.text();

    // Another device: an empty profile.
    await closeDb();
    resetBackend();
    globalThis.indexedDB = new IDBFactory();
    const prepared = await importer.prepare([{ kind: 'file', file: new File([text], backup.name) }], bank, { kind: 'stored' });
    expect(prepared.settings).toEqual({ language: 'en' });
    const { applied } = await importer.apply(prepared.token, [], '(kopie)');
    expect(applied.links).toEqual([{ name: 'Werkplaats Oost', total: 3, missing: 1 }]);
    // Record by record, every field: the user's own work is not "geïmporteerd", the imported one keeps
    // its import time, where the user was and what was exported when come back too.
    const after = { analyses: await listAnalyses(), workshops: await listWorkshops() };
    expect(after).toStrictEqual(before);
  });

  it('a backup of no werkplaatsen still says it is a backup, and an ordinary export carries no werkplaats or settings', async () => {
    await addAnalysis(createAnalysis({ party: { name: 'A', role: 'anders' }, mode: 'alone', partnership: '' }, bank, 'an-a', T(0)));
    await addWorkshop(createWorkshop('W', 'ws-w', T(1)));
    const chosen = await importer.exportFile({ ids: ['an-a'], backup: false, bank, appVersion: 'test', now: T(5).toISOString() });
    const file = JSON.parse(await chosen.blob.text()) as Record<string, unknown>;
    expect(file).not.toHaveProperty('workshops');
    expect(file).not.toHaveProperty('settings');
    expect((await listAnalyses())[0]?.exportedAt).toBe(T(5).toISOString());
  });
});
