import { describe, expect, it } from 'vitest';
import lock from '../fixtures/seeds.lock.json';
import { questionFiles } from './helpers';
import type { SourceRef } from '../../src/core/bank/types';

/**
 * Every citation in questions/ (bank, glossary, the sources' sections) points at lines that exist
 * in its publication. The line counts come from tests/fixtures/seeds.lock.json, so this runs on
 * every machine; where the seed files are beside the checkout, the lock is checked against them.
 */
const locked = lock as Record<string, { file: string; lines: number; sha256: string }>;

/** Every `source` citation in a JSON tree, with its path. */
function citations(node: unknown, path: string): { path: string; ref: SourceRef }[] {
  if (Array.isArray(node)) return node.flatMap((item: unknown, i) => citations(item, `${path}.${i}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'source' && Array.isArray(value)
      ? (value as SourceRef[]).map((ref, i) => ({ path: `${path}.source.${i}`, ref }))
      : citations(value, `${path}.${key}`),
  );
}

const files = ['bondgenoten.json', 'glossary.json'].map((name) => [name, JSON.parse(questionFiles().get(name) ?? 'null') as unknown] as const);

describe('citations in questions/', () => {
  it.each(files)('%s cites only existing publications and lines', (_name, data) => {
    const refs = citations(data, '');
    expect(refs.length).toBeGreaterThan(20);
    const bad = refs
      .filter(({ ref }) => !locked[ref.seed] || ref.from < 1 || ref.from > ref.to || ref.to > locked[ref.seed]!.lines)
      .map(({ path, ref }) => `${path}: ${ref.seed} ${ref.from}-${ref.to}`);
    expect(bad).toEqual([]);
  });

  it('the sections of every publication start at line 1, ascend, and stay inside it', () => {
    const sources = JSON.parse(questionFiles().get('sources.json') ?? 'null') as { publications: { seed: string; sections: { from: number }[] }[] };
    expect(sources.publications.map((p) => p.seed).sort()).toEqual(Object.keys(locked).sort());
    for (const p of sources.publications) {
      const starts = p.sections.map((s) => s.from);
      expect(starts[0], p.seed).toBe(1);
      expect([...starts].sort((a, b) => a - b), p.seed).toEqual(starts);
      expect(new Set(starts).size, p.seed).toBe(starts.length);
      expect(Math.max(...starts), p.seed).toBeLessThanOrEqual(locked[p.seed]!.lines);
    }
  });
});

const seedTexts = import.meta.glob<string>('../../../shared/seeds/*.txt', { query: '?raw', import: 'default', eager: true });
const present = Object.keys(seedTexts).length > 0;

describe('the seed lock', () => {
  // Stated reason for the skip: the publications themselves are not part of this repository; the
  // lock is checked wherever they are beside the checkout (the developers' workspace).
  it.runIf(present)('matches the seed files beside the checkout (line counts; run scripts/seeds-lock.mjs after a change)', () => {
    const found = Object.fromEntries(
      Object.entries(seedTexts).map(([path, text]) => {
        const file = path.split('/').pop() ?? path;
        return [file.slice(0, 3), { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }];
      }),
    );
    expect(found).toEqual(Object.fromEntries(Object.entries(locked).map(([seed, l]) => [seed, { file: l.file, lines: l.lines }])));
  });
});
