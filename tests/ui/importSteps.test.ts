import { describe, expect, it } from 'vitest';
import { prepareImportSteps, readSources, type CheckProgress } from '../../src/ui/importing/prepareImport';
import { runToEnd } from '../../src/core/steps';
import { runInSlices } from '../../src/ui/components/runInSlices';
import { buildResultFile, serializeResultFile } from '../../src/core/resultFile/writeFile';
import { createAnalysis, withAnswer } from '../../src/core/analysis';
import { allStatementIds, loadBank } from '../core/helpers';

const bank = loadBank();
const T0 = new Date('2024-03-01T10:00:00.000Z');

function fileOf(n: number, tag: string): string {
  const analyses = Array.from({ length: n }, (_, i) =>
    withAnswer(createAnalysis({ party: { name: `Partij ${i}`, role: 'gemeente' }, mode: 'alone', partnership: '' }, bank, `an-${tag}${i}`, T0), allStatementIds(bank)[0]!, 3, T0),
  );
  return serializeResultFile(buildResultFile(analyses, bank, '0.1.0', T0));
}

describe('reading picked files', () => {
  it('decodes a large file in pieces without breaking a character that spans two pieces', async () => {
    const piece = 1 << 20;
    // After the 3-byte BOM, 'ë' (2 bytes) takes the last byte of the first piece and the first of the second.
    const text = `${'a'.repeat(piece - 4)}ë${'b'.repeat(10)}€`;
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect([bytes[piece - 1], bytes[piece]]).toEqual([0xc3, 0xab]);
    const [source] = await readSources([new File([bytes], 'groot.json')]);
    expect(source).toEqual({ name: 'groot.json', text });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const [source] = await readSources([new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])], 'latin.json')]);
    expect(source).toEqual({ name: 'latin.json', error: { code: 'not-json' } });
  });
});

describe('checking an import in slices', () => {
  it('ends with the same plan as the check in one go, and tells how far it is per file', async () => {
    const sources = [
      { name: 'a.json', text: fileOf(230, 'a') },
      { name: 'b.json', text: fileOf(120, 'b') },
    ];
    const seen: CheckProgress[] = [];
    const sliced = await runInSlices(prepareImportSteps(sources, bank, []), (p) => seen.push(p), 0);
    expect(sliced).toEqual(runToEnd(prepareImportSteps(sources, bank, [])));
    expect(sliced.plan.add).toHaveLength(350);
    expect(seen.map((p) => [p.file, p.read, p.total])).toEqual([
      [1, 0, 230],
      [1, 100, 230],
      [1, 200, 230],
      [2, 0, 120],
      [2, 100, 120],
    ]);
    expect(seen.every((p) => p.files === 2)).toBe(true);
  });

  it('pauses between slices, so that other work gets a turn', async () => {
    let other = 0;
    const ticker = setInterval(() => (other += 1), 0);
    function* slow() {
      for (let i = 0; i < 20; i += 1) {
        const until = performance.now() + 2;
        while (performance.now() < until); // 2 ms of work
        yield i;
      }
      return 'klaar';
    }
    try {
      expect(await runInSlices(slow(), () => undefined, 5)).toBe('klaar');
    } finally {
      clearInterval(ticker);
    }
    expect(other).toBeGreaterThan(0);
  });
});
