// Runs the end-to-end tests (arguments pass through to Playwright) on ports nothing else uses:
// E2E_PORT_BASE when set, otherwise the first free block from 4173 up, so that two runs of
// `npm test` (CI beside a developer's, or two checkouts) never test each other's server. A block
// is claimed with a lock directory (mkdir is atomic), so two runs that start at the same moment
// cannot both take it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Ports from `base` the tests use (tests/e2e/support/ports.ts): base … base + 3. */
const SPAN = 4;

const isFree = (port) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Claims the block at `base` for this run; false when another live run holds it. */
function claim(base) {
  const lock = join(tmpdir(), `bondgenoten-e2e-${base}.lock`);
  try {
    mkdirSync(lock);
  } catch {
    const holder = Number(readFileSync(join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
    if (holder && alive(holder)) return false;
    rmSync(lock, { recursive: true, force: true }); // left by a run that ended without cleaning up
    try {
      mkdirSync(lock);
    } catch {
      return false;
    }
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
  return true;
}

async function freeBase() {
  for (let base = 4173; base < 4173 + 100 * SPAN; base += SPAN) {
    const free = await Promise.all(Array.from({ length: SPAN }, (_, i) => isFree(base + i)));
    if (free.every(Boolean) && claim(base)) return base;
  }
  throw new Error('No free ports for the end-to-end tests between 4173 and 4573.');
}

const base = process.env.E2E_PORT_BASE ?? String(await freeBase());
if (base !== '4173') console.log(`End-to-end tests on ports ${base}–${Number(base) + SPAN - 1} (E2E_PORT_BASE).`);
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, E2E_PORT_BASE: base },
});
process.exit(run.status ?? 1);
