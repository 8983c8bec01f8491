// Time of `node scripts/aggregate.mjs` on N result files made from a fixture (each with new ids).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Writes `n` copies of tests/fixtures/files/v2-three-parties.json (3 results each, every result id
 * new) in folders of 1,000 under a temp dir, runs the aggregate command on it and returns its wall
 * time in ms with the rows written (from its closing line); baseline: the same files only read and JSON.parse'd.
 */
export async function aggregateTime(n = 10_000) {
  const fixture = readFileSync('tests/fixtures/files/v2-three-parties.json', 'utf8');
  const ids = [...new Set(fixture.match(/an-[a-z0-9]{20}/g))];
  const dir = mkdtempSync(join(tmpdir(), 'bench-aggregate-'));
  try {
    const input = join(dir, 'in');
    const paths = [];
    for (let i = 0; i < n; i += 1) {
      const folder = join(input, `map-${Math.floor(i / 1000)}`);
      if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
      const text = ids.reduce((t, id, j) => t.replaceAll(id, `an-bench-${i}-${j}`), fixture);
      const path = join(folder, `resultaat-${i}.json`);
      writeFileSync(path, text);
      paths.push(path);
    }
    const t0 = performance.now();
    for (const path of paths) JSON.parse(readFileSync(path, 'utf8'));
    const baseline = performance.now() - t0;
    const t1 = performance.now();
    const { stderr } = await run(process.execPath, ['scripts/aggregate.mjs', input, '--out', join(dir, 'regio.csv')], { maxBuffer: 16 * 1024 * 1024 });
    const ms = performance.now() - t1;
    const log = stderr.trim().split('\n').pop() ?? '';
    const rows = Number((/([\d.]+) rijen/.exec(log)?.[1] ?? 'NaN').replaceAll('.', ''));
    return { ms, baseline, rows, files: n, log };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
