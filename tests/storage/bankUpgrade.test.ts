import { describe, expect, it } from 'vitest';
import { addAnalysis, getAnalysis, openAnalysis, saveAnswer, upgradeStoredAnalyses } from '../../src/storage/analysesRepo';
import { closeDb } from '../../src/storage/db';
import { createAnalysis, type Analysis } from '../../src/core/analysis';
import { loadBank } from '../core/helpers';
import { minute, useFreshIndexedDb } from './helpers';

useFreshIndexedDb();
const bank = loadBank();

/** An analysis started with bank 1.0.0 by a party of `role`. */
function old(id: string, role: 'gemeente' | 'burger'): Analysis {
  return createAnalysis({ party: { name: `Partij ${id}`, role }, mode: 'alone', partnership: '' }, { id: bank.id, version: '1.0.0' }, id, minute(0));
}

describe('an analysis of question bank 1.0.0 on this device, opened with 2.0.0', () => {
  it('is brought over durably: answers that kept their meaning count, the others are kept apart, and a new answer never mixes with an old one', async () => {
    await addAnalysis(old('an-burger', 'burger'));
    // Given on this device with 1.0.0: a carried-over statement whose burger wording then measured
    // something else, a statement that is gone, and one carried over for every role.
    await saveAnswer('an-burger', 'io-practice-1', 2, minute(1));
    await saveAnswer('an-burger', 'ma-visie-4', 'unknown', minute(2));
    await saveAnswer('an-burger', 'va-opgaven-2', 4, minute(3));

    const opened = await openAnalysis('an-burger', bank);
    expect(opened?.bankVersion).toBe('2.0.0');
    expect(opened?.answers).toEqual({ 'va-opgaven-2': 4 });
    expect(opened?.earlier).toEqual({ bankVersion: '1.0.0', answers: { 'io-practice-1': 2, 'ma-visie-4': 'unknown' } });

    await closeDb(); // as a reload would
    expect(await getAnalysis('an-burger')).toEqual(opened);

    // Answering the carried-over statement now: the new answer counts, the 1.0.0 answer stays kept apart.
    await saveAnswer('an-burger', 'io-practice-1', 5, minute(4));
    const after = await openAnalysis('an-burger', bank);
    expect(after?.answers).toEqual({ 'va-opgaven-2': 4, 'io-practice-1': 5 });
    expect(after?.earlier?.answers).toEqual({ 'io-practice-1': 2, 'ma-visie-4': 'unknown' });
  });

  it('opening an analysis of this version changes nothing', async () => {
    const current = createAnalysis({ party: { name: 'Nu', role: 'gemeente' }, mode: 'alone', partnership: '' }, bank, 'an-now', minute(0));
    await addAnalysis(current);
    await saveAnswer('an-now', 'io-practice-1', 3, minute(1));
    const opened = await openAnalysis('an-now', bank);
    expect(opened).toEqual(await getAnalysis('an-now'));
    expect(opened?.earlier).toBeUndefined();
  });

  it('upgradeStoredAnalyses brings every older analysis over in one step and leaves current ones alone', async () => {
    await addAnalysis(old('an-a', 'gemeente'));
    await addAnalysis(old('an-b', 'burger'));
    await addAnalysis(createAnalysis({ party: { name: 'Nu', role: 'gemeente' }, mode: 'alone', partnership: '' }, bank, 'an-c', minute(0)));
    await saveAnswer('an-a', 'io-verticaal-1', 3, minute(1)); // the gemeente had its own wording in 1.0.0
    await saveAnswer('an-a', 'io-practice-1', 4, minute(1));
    expect(await upgradeStoredAnalyses(bank)).toBe(2);
    const a = await getAnalysis('an-a');
    expect(a).toMatchObject({ bankVersion: '2.0.0', answers: { 'io-practice-1': 4 }, earlier: { bankVersion: '1.0.0', answers: { 'io-verticaal-1': 3 } } });
    expect((await getAnalysis('an-b'))?.bankVersion).toBe('2.0.0');
    expect(await upgradeStoredAnalyses(bank)).toBe(0);
  });
});
