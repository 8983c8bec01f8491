import { describe, expect, it } from 'vitest';
import { importer } from '../../src/import/importer';
import { readInput } from '../../src/import/readInput';
import { getAnalysis, listAnalyses } from '../../src/storage/analysesRepo';
import { buildResultFile, serializeResultFile } from '../../src/core/resultFile/writeFile';
import { embedText, RESULT_PNG_KEYWORD } from '../../src/core/resultFile/pngText';
import { createAnalysis, type Analysis } from '../../src/core/analysis';
import { allStatementIds, loadBank, withAnswer } from '../core/helpers';
import { rawDump, useFreshIndexedDb } from '../storage/helpers';
import type { ImportInput } from '../../src/import/types';

useFreshIndexedDb();
const bank = loadBank();
const T0 = new Date('2024-03-01T10:00:00.000Z');
const [first = '', second = ''] = allStatementIds(bank);

/** A 1×1 PNG as any image program writes it: no result inside. */
const PLAIN_PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

const result = (id: string, value: number): Analysis =>
  withAnswer(withAnswer(createAnalysis({ party: { name: 'Gemeente Één', role: 'gemeente' }, mode: 'alone', partnership: 'Sociaal domein' }, bank, id, T0), first, value, T0), second, 'unknown', T0);
const text = (analyses: Analysis[]) => serializeResultFile(buildResultFile(analyses, bank, '0.1.0', T0));
const file = (name: string, content: string | Uint8Array, type = ''): ImportInput => ({ kind: 'file', file: new File([content as BlobPart], name, { type }) });
const picture = (analyses: Analysis[]) => embedText(PLAIN_PNG, RESULT_PNG_KEYWORD, text(analyses));

describe('importing a picture saved by the app', () => {
  it('reads the result file out of the PNG, whatever the file is called', async () => {
    const json = text([result('an-png', 4)]);
    expect(await readInput(file('resultaat.png', picture([result('an-png', 4)]), 'image/png'), 0)).toEqual({ name: 'resultaat.png', text: json });
    expect(await readInput(file('zonder-extensie', picture([result('an-png', 4)])), 0)).toEqual({ name: 'zonder-extensie', text: json });
  });

  it('imports it like the JSON file: same summary, same stored result, same conflict choice', async () => {
    const prepared = await importer.prepare([file('r.png', picture([result('an-png', 4)]), 'image/png')], bank, { kind: 'stored' });
    expect(prepared.outcomes).toEqual([{ name: 'r.png', added: 1, present: 0, conflicts: 0, dropped: 0, earlier: 0, workshops: 0, workshopsWithoutResults: 0 }]);
    await importer.apply(prepared.token, [], '(kopie)');
    const stored = await getAnalysis('an-png');
    expect(stored?.answers).toEqual({ [first]: 4, [second]: 'unknown' });
    expect(stored?.party).toEqual({ name: 'Gemeente Één', role: 'gemeente' });

    const again = await importer.prepare([file('r2.png', picture([{ ...result('an-png', 2), updatedAt: '2024-04-01T10:00:00.000Z' }]), 'image/png')], bank, { kind: 'stored' });
    expect(again.conflicts.map((c) => [c.local.answers[first], c.incoming.answers[first]])).toEqual([[4, 2]]);
    await importer.apply(again.token, [], '(kopie)');
    expect((await getAnalysis('an-png'))?.answers[first]).toBe(4); // kept: nothing chosen
  });

  it('refuses a PNG without our data with its own reason, and changes nothing', async () => {
    expect(await readInput(file('foto.png', PLAIN_PNG, 'image/png'), 0)).toEqual({ name: 'foto.png', error: { code: 'png-without-result' } });
    const other = embedText(PLAIN_PNG, 'Comment', text([result('an-other', 3)]));
    expect(await listAnalyses()).toEqual([]); // opens the database, so the dump below is of the app's own
    const before = await rawDump();
    const prepared = await importer.prepare([file('foto.png', PLAIN_PNG), file('ander.png', other)], bank, { kind: 'stored' });
    expect(prepared.outcomes.map((o) => o.error)).toEqual([{ code: 'png-without-result' }, { code: 'png-without-result' }]);
    await importer.apply(prepared.token, [], '(kopie)');
    expect(await rawDump()).toEqual(before);
  });

  it('validates the embedded text like any file: a PNG carrying something else is refused as such', async () => {
    const prepared = await importer.prepare([file('x.png', embedText(PLAIN_PNG, RESULT_PNG_KEYWORD, '{"type":"iets anders"}'))], bank, { kind: 'stored' });
    expect(prepared.outcomes[0]?.error).toEqual({ code: 'not-a-result-file' });
  });
});
