import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What makes one party's file: its name and role, and optionally its answers and creation time. */
export interface PartySpec {
  name: string;
  role: string;
  /** A result id (safe id); default one made from the index. */
  id?: string;
  createdAt?: string;
  /** Changes each numeric or "unknown" answer (statement index j); default: shift by the party index. */
  answer?: (value: number | string, j: number) => number | string;
}

/**
 * One result file per party, each made from a real exported result (tests/fixtures/files/
 * v2-three-parties.json) with its own id, name, role and answers. Returns the file paths.
 */
export function partyFiles(parties: PartySpec[], prefix = 'bg-parties-'): string[] {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const template = JSON.parse(readFileSync('tests/fixtures/files/v2-three-parties.json', 'utf8'));
  return parties.map((p, i) => {
    const result = {
      ...template.results[i % 3],
      id: p.id ?? `an-party${i}aaaaaaaaaaaaaaa`,
      name: p.name,
      party: { name: p.name, role: p.role },
      ...(p.createdAt ? { createdAt: p.createdAt } : {}),
    };
    const shift = p.answer ?? ((v: number | string) => (typeof v === 'number' ? ((v + i) % 5) + 1 : v));
    result.answers = Object.fromEntries(Object.entries(result.answers as Record<string, number | string>).map(([k, v], j) => [k, shift(v, j)]));
    const path = join(dir, `partij-${i + 1}.json`);
    writeFileSync(path, JSON.stringify({ ...template, results: [result] }));
    return path;
  });
}
