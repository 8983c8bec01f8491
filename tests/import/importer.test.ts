import { describe, expect, it } from 'vitest';
import { importer } from '../../src/import/importer';
import { MAX_FILES, readInput } from '../../src/import/readInput';
import { encodeLink, MAX_PAYLOAD } from '../../src/import/linkCodec';
import { addAnalysis, getAnalysis, listAnalyses, saveAnswer } from '../../src/storage/analysesRepo';
import { addWorkshop, listWorkshops } from '../../src/storage/workshopsRepo';
import { buildResultFile, serializeResultFile } from '../../src/core/resultFile/writeFile';
import { createAnalysis, type Analysis } from '../../src/core/analysis';
import { LIMITS } from '../../src/core/resultFile/format';
import { allStatementIds, loadBank, withAnswer } from '../core/helpers';
import { rawDump, useFreshIndexedDb } from '../storage/helpers';
import type { ImportInput, ImportProgress } from '../../src/import/types';
import type { Workshop } from '../../src/core/workshop';

useFreshIndexedDb();
const bank = loadBank();
const T0 = new Date('2024-03-01T10:00:00.000Z');
const first = allStatementIds(bank)[0]!;

const result = (id: string, value = 3): Analysis =>
  withAnswer(createAnalysis({ party: { name: `Partij ${id}`, role: 'gemeente' }, mode: 'alone', partnership: '' }, bank, id, T0), first, value, T0);
const text = (analyses: Analysis[], workshops: Workshop[] = []) => serializeResultFile(buildResultFile(analyses, bank, '0.1.0', T0, { workshops }));
const file = (name: string, content: string | Uint8Array): ImportInput => ({ kind: 'file', file: new File([content as BlobPart], name) });
const many = (n: number, tag: string) => Array.from({ length: n }, (_, i) => result(`an-${tag}${i}`));

describe('reading what is handed to the import', () => {
  it('takes strict UTF-8 and drops a byte-order mark', async () => {
    expect(await readInput(file('a.json', '\uFEFF{"x":"ë"}'), 0)).toEqual({ name: 'a.json', text: '{"x":"ë"}' });
  });

  it('refuses bytes that are not UTF-8, a file over the limit before reading it (saying its size in MB), and files past the 200th', async () => {
    expect(await readInput(file('latin.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 0)).toEqual({ name: 'latin.json', error: { code: 'not-json' } });
    const sized = (size: number) => ({ kind: 'file', file: { name: 'groot.json', size, arrayBuffer: () => Promise.reject(new Error('read')) } }) as unknown as ImportInput;
    expect(await readInput(sized(31 * 1024 * 1024), 0)).toEqual({ name: 'groot.json', error: { code: 'too-large', count: 31, limit: 25 } });
    // Rounded up to a tenth: a file just over the limit never reads as "25 MB; the maximum is 25 MB".
    expect(await readInput(sized(LIMITS.bytes + 1), 0)).toEqual({ name: 'groot.json', error: { code: 'too-large', count: 25.1, limit: 25 } });
    expect(await readInput(file('b.json', '{}'), 200, undefined, 250)).toEqual({ name: 'b.json', error: { code: 'too-many-files', count: 250, limit: MAX_FILES } });
  });

  it('unpacks a link, and refuses a link that is too long or unpacks too large as a link, with its limit', async () => {
    const link = await encodeLink(text([result('an-link')]), 'http://x/');
    const payload = link.split('#/ontvang/')[1]!;
    expect(await readInput({ kind: 'link', name: 'link', payload }, 0)).toMatchObject({ text: text([result('an-link')]) });
    const bomb = (await encodeLink(' '.repeat(3 * 1024 * 1024), 'http://x/')).split('#/ontvang/')[1]!;
    expect(await readInput({ kind: 'link', name: 'link', payload: bomb }, 0)).toEqual({ name: 'link', error: { code: 'link-too-large', limit: 2 } });
    expect(await readInput({ kind: 'link', name: 'link', payload: 'A'.repeat(MAX_PAYLOAD + 1) }, 0)).toEqual({ name: 'link', error: { code: 'link-too-long', count: MAX_PAYLOAD + 1, limit: 300_000 } });
    expect(await readInput({ kind: 'link', name: 'link', payload: 'not*base64' }, 0)).toEqual({ name: 'link', error: { code: 'bad-code' } });
  });

  it('tells every file past the most it takes how many were chosen', async () => {
    const inputs = Array.from({ length: MAX_FILES + 2 }, (_, i) => file(`${i}.json`, '{}'));
    const { outcomes } = await importer.prepare(inputs, bank, { kind: 'stored' });
    expect(outcomes.filter((o) => o.error?.code === 'too-many-files').map((o) => [o.name, o.error])).toEqual([
      [`${MAX_FILES}.json`, { code: 'too-many-files', count: MAX_FILES + 2, limit: MAX_FILES }],
      [`${MAX_FILES + 1}.json`, { code: 'too-many-files', count: MAX_FILES + 2, limit: MAX_FILES }],
    ]);
  });
});

describe('importing', () => {
  it('checks, then stores only on apply, telling how far it is', async () => {
    const progress: ImportProgress[] = [];
    const prepared = await importer.prepare([file('a.json', text(many(250, 'a'))), file('b.json', '{oops')], bank, { kind: 'stored' }, (p) => progress.push(p));
    expect(prepared.outcomes).toEqual([
      { name: 'a.json', added: 250, present: 0, conflicts: 0, dropped: 0, earlier: 0, workshops: 0, workshopsWithoutResults: 0 },
      { name: 'b.json', error: { code: 'not-json' }, added: 0, present: 0, conflicts: 0, dropped: 0, earlier: 0, workshops: 0, workshopsWithoutResults: 0 },
    ]);
    expect(progress[0]).toMatchObject({ phase: 'check', file: 1, files: 2, read: 0, total: 250 });
    expect(await listAnalyses()).toEqual([]); // nothing stored yet
    const { applied } = await importer.apply(prepared.token, [], '(kopie)', (p) => progress.push(p));
    expect(applied.ids).toHaveLength(250);
    expect(await listAnalyses()).toHaveLength(250);
    expect(progress.at(-1)).toEqual({ phase: 'store', stored: 250, total: 250 });
    await expect(importer.apply(prepared.token, [], '(kopie)')).rejects.toThrow(); // a plan is used once
  });

  it('a result that is here with other content is a conflict: kept, replaced or kept both, as chosen', async () => {
    for (const id of ['an-mine', 'an-theirs', 'an-both']) {
      await addAnalysis(result(id, 1));
      await saveAnswer(id, first, 1);
    }
    const incoming = ['an-mine', 'an-theirs', 'an-both'].map((id) => ({ ...result(id, 5), name: `Nieuw ${id}`, updatedAt: '2024-04-01T10:00:00.000Z' }));
    const prepared = await importer.prepare([file('c.json', text(incoming))], bank, { kind: 'stored' });
    expect(prepared.conflicts.map((c) => [c.local.answers[first], c.incoming.answers[first]])).toEqual([[1, 5], [1, 5], [1, 5]]);
    const { applied } = await importer.apply(prepared.token, [['an-theirs', 'theirs'], ['an-both', 'both']], '(kopie)');
    expect((await getAnalysis('an-mine'))?.answers[first]).toBe(1);
    expect((await getAnalysis('an-theirs'))?.answers[first]).toBe(5);
    expect((await getAnalysis('an-both'))?.answers[first]).toBe(1);
    const copy = (await listAnalyses()).find((a) => a.name === 'Nieuw an-both (kopie)');
    expect(copy?.answers[first]).toBe(5);
    expect(applied.ids.sort()).toEqual(['an-both', 'an-mine', 'an-theirs', copy!.id].sort());
  });

  it('a refused file changes nothing', async () => {
    await addAnalysis(result('an-here'));
    const before = await rawDump();
    const prepared = await importer.prepare([file('x.json', '{"type":"bondgenoten-zelfanalyse/results","formatVersion":99,"results":[]}')], bank, { kind: 'stored' });
    expect(prepared.outcomes[0]?.error).toEqual({ code: 'newer-version', version: 99 });
    await importer.apply(prepared.token, [], '(kopie)');
    expect(await rawDump()).toEqual(before);
  });

  it('a werkplaats that is here is skipped when the same, added as a copy when it differs; never overwritten', async () => {
    const ws: Workshop = { id: 'ws-one', name: 'Werkplaats', resultIds: ['an-w1'], notes: {}, actions: [], createdAt: T0.toISOString(), updatedAt: T0.toISOString() };
    const same = await importer.prepare([file('w.json', text([result('an-w1')], [ws]))], bank, { kind: 'stored' });
    await importer.apply(same.token, [], '(kopie)');
    const again = await importer.prepare([file('w.json', text([result('an-w1')], [ws]))], bank, { kind: 'stored' });
    expect((await importer.apply(again.token, [], '(kopie)')).applied.workshops).toEqual([]);
    const changed = await importer.prepare([file('w2.json', text([result('an-w1')], [{ ...ws, name: 'Andere naam' }]))], bank, { kind: 'stored' });
    const { applied } = await importer.apply(changed.token, [], '(kopie)');
    const all = await listWorkshops();
    expect(all.map((w) => w.name).sort()).toEqual(['Andere naam', 'Werkplaats']);
    expect(applied.workshops).toEqual([all.find((w) => w.name === 'Andere naam')!.id]);
  });

  it('a werkplaats none of whose results is here is counted apart, an empty one is told, and every link is kept', async () => {
    await addAnalysis(result('an-here1'));
    const ws = (id: string, resultIds: string[]): Workshop => ({ id, name: id, resultIds, notes: {}, actions: [], createdAt: T0.toISOString(), updatedAt: T0.toISOString() });
    const workshops = [
      ws('ws-full', ['an-f1']), // its result is in the file
      ws('ws-local', ['an-here1', 'an-gone1']), // one on the device, one nowhere
      ws('ws-none', ['an-gone2', 'an-gone3']), // none anywhere
      ws('ws-one', ['an-gone4']), // its only result is nowhere
      ws('ws-empty', []), // no results at all
    ];
    const prepared = await importer.prepare([file('w.json', text([result('an-f1')], workshops))], bank, { kind: 'stored' });
    expect(prepared.outcomes[0]).toMatchObject({ added: 1, workshops: 5, workshopsWithoutResults: 3 });
    const { applied } = await importer.apply(prepared.token, [], '(kopie)');
    expect(applied.links).toEqual([
      { name: 'ws-local', total: 2, missing: 1 },
      { name: 'ws-none', total: 2, missing: 2 },
      { name: 'ws-one', total: 1, missing: 1 },
      { name: 'ws-empty', total: 0, missing: 0 },
    ]);
    expect((await listWorkshops()).find((w) => w.id === 'ws-none')?.resultIds).toEqual(['an-gone2', 'an-gone3']);
  });

  it('a result of a werkplaats in another file of the same import counts as here', async () => {
    const ws: Workshop = { id: 'ws-split', name: 'Verdeeld', resultIds: ['an-s1'], notes: {}, actions: [], createdAt: T0.toISOString(), updatedAt: T0.toISOString() };
    const prepared = await importer.prepare([file('1.json', text([result('an-s0')], [ws])), file('2.json', text([result('an-s1')]))], bank, { kind: 'stored' });
    expect(prepared.outcomes[0]).toMatchObject({ workshops: 1, workshopsWithoutResults: 0 });
  });

  it('the same werkplaats in two files of one import is stored once', async () => {
    const ws: Workshop = { id: 'ws-twice', name: 'Twee keer', resultIds: ['an-t1'], notes: {}, actions: [], createdAt: T0.toISOString(), updatedAt: T0.toISOString() };
    const prepared = await importer.prepare([file('1.json', text([result('an-t1')], [ws])), file('2.json', text([result('an-t1')], [ws]))], bank, { kind: 'stored' });
    await importer.apply(prepared.token, [], '(kopie)');
    expect(await listWorkshops()).toEqual([ws]);
  });

  it('when the page holds the records (memory mode) it is handed what to store, and nothing is written here', async () => {
    await addWorkshop({ id: 'ws-here', name: 'Hier', resultIds: [], notes: {}, actions: [], createdAt: T0.toISOString(), updatedAt: T0.toISOString() });
    const local = [result('an-local', 1)];
    const prepared = await importer.prepare([file('m.json', text([{ ...result('an-local', 4), updatedAt: '2024-05-01T00:00:00.000Z' }, result('an-new')]))], bank, { kind: 'given', analyses: local, workshops: [] });
    expect(prepared.conflicts).toHaveLength(1);
    const { batch } = await importer.apply(prepared.token, [['an-local', 'theirs']], '(kopie)');
    expect(batch?.adds.map((a) => a.id)).toEqual(['an-new']);
    expect(batch?.replaces.map((a) => a.id)).toEqual(['an-local']);
    expect(await listAnalyses()).toEqual([]);
  });
});
