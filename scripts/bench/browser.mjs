// Figures measured in headless Chromium against the built app (vite preview on 127.0.0.1:4175).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = 4175;
const URL_BASE = `http://127.0.0.1:${PORT}/`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

async function waitForServer() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(URL_BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}

/** The address the benchmarks use. */
export const BENCH_URL = URL_BASE;

/** Runs `fn(context)` with a fresh Chromium profile against the preview server. */
export async function withBrowser(fn) {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  try {
    await waitForServer();
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bg-bench-')), {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ARGS,
      headless: true,
      baseURL: URL_BASE,
    });
    try {
      return await fn(context);
    } finally {
      await context.close();
    }
  } finally {
    process.kill(-server.pid);
  }
}

/** Median `load` time of 5 offline reloads served by the service worker's precache. */
export async function offlineReload(context) {
  const page = await context.newPage();
  await page.goto('./');
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (reg.active.state !== 'activated') await new Promise((r) => reg.active.addEventListener('statechange', () => reg.active.state === 'activated' && r()));
  });
  await page.reload(); // now controlled
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < 5; i += 1) {
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    times.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
  }
  await context.setOffline(false);
  await page.close();
  return { median: quantile(times, 0.5), times };
}

/**
 * Autosave latency over every statement twice: from an answer given to its IndexedDB transaction
 * committed (`p50`, `p95`), and to the page knowing it is saved (`knownP95`; the page is drawing the
 * answer meanwhile, so it hears of the commit after that frame).
 */
export async function autosave(context) {
  const page = await context.newPage();
  await page.goto('./#/nieuw');
  await page.locator('#party-name').fill('Bench');
  await page.locator('button[type=submit]').click();
  await page.locator('#area-title').waitFor();
  let expected = 0;
  for (const value of ['2', '4']) {
    for (let area = 1; area <= 4; area += 1) {
      await page.goto(page.url().replace(/vragen\/\d+$/, `vragen/${area}`));
      await page.locator('#area-title').waitFor();
      const names = await page.locator('fieldset.statement input[value="1"]').evaluateAll((els) => els.map((e) => e.name));
      for (const name of names) {
        // A real mouse click, as a user gives it (Playwright's check() adds its own in-page work to the timing).
        const radio = page.locator(`input[name="${name}"][value="${value}"]`);
        await radio.scrollIntoViewIfNeeded();
        const box = await radio.boundingBox();
        await page.waitForTimeout(30);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(80); // idle while the save runs: no polling script competes with it
        expected += 1;
      }
    }
  }
  const durations = (name) => page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  const samples = await durations('bg:autosave');
  const known = await durations('bg:autosave-known');
  if (samples.length !== expected || known.length !== expected) throw new Error(`autosave: ${samples.length} saves measured for ${expected} clicks`);
  await page.close();
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), count: samples.length, knownP95: quantile(known, 0.95) };
}

/** The id of the i-th result of a bench file. */
const benchId = (i) => `an-bench${String(i).padStart(8, '0')}`;

/** A result file with `n` results, made from a real exported result with fresh ids. */
function bigFile(n) {
  const template = JSON.parse(readFileSync('tests/fixtures/files/v1-three-parties.json', 'utf8'));
  const base = template.results;
  template.results = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], id: benchId(i) }));
  return Buffer.from(JSON.stringify(template));
}

/**
 * Import of files with 100, 1,000 and 10,000 results, each into an empty profile: the time until
 * the import is planned (read + validated + merged with what is here: `planned`), until it is
 * stored and summed up (`stored`), and the longest main-thread task meanwhile (`longestTask`: the
 * browser reports tasks over 50 ms, so 0 means none; tasks that started before the file reached
 * the page, such as Playwright's own handing over of the file, do not count).
 */
export async function importTimes(context) {
  const out = {};
  for (const n of [100, 1000, 10000]) {
    const page = await context.newPage();
    await page.goto('./#/importeren');
    await page.evaluate(() => new Promise((resolve) => {
      const req = indexedDB.deleteDatabase('bondgenoten');
      req.onsuccess = req.onerror = req.onblocked = () => resolve();
    }));
    await page.reload();
    await page.locator('#import-files').waitFor();
    await page.evaluate(() => {
      const w = window;
      w.benchTasks = [];
      new PerformanceObserver((list) => w.benchTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
      document.querySelector('#import-files').addEventListener('change', () => (w.benchChange = performance.now()), { capture: true, once: true });
    });
    await page.locator('#import-files').setInputFiles({ name: `bench-${n}.json`, mimeType: 'application/json', buffer: bigFile(n) });
    await page.locator('.import-summary').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(200);
    out[n] = await page.evaluate(() => ({
      planned: performance.getEntriesByName('bg:import').at(-1)?.duration ?? NaN,
      stored: performance.getEntriesByName('bg:import-stored').at(-1)?.duration ?? NaN,
      longestTask: Math.max(0, ...window.benchTasks.filter(([start]) => start >= window.benchChange).map(([, d]) => d)),
    }));
    await page.close();
  }
  return out;
}

/** A new page on which `n` bench results were imported through the import screen; with their ids. */
async function pageWithResults(context, n) {
  const page = await context.newPage();
  await page.goto('./#/importeren');
  await page.locator('#import-files').setInputFiles({ name: `bench-${n}.json`, mimeType: 'application/json', buffer: bigFile(n) });
  await page.locator('.import-summary').waitFor();
  return { page, ids: Array.from({ length: n }, (_, i) => benchId(i)) };
}

/** Time to draw the compare diagram with 1, 10 and 30 parties (median of 3 draws each). */
export async function compareDrawTimes(context) {
  const { page, ids: all } = await pageWithResults(context, 30);
  const out = {};
  for (const n of [1, 10, 30]) {
    const ids = all.slice(0, n).join(',');
    const times = [];
    for (let r = 0; r < 3; r += 1) {
      await page.goto(`./#/`);
      await page.goto(`./#/vergelijken/${ids}`);
      await page.locator('canvas').waitFor();
      await page.waitForTimeout(200);
      times.push(await page.evaluate(() => performance.getEntriesByName('bg:chart').at(-1)?.duration ?? NaN));
    }
    out[n] = quantile(times, 0.5);
  }
  await page.close();
  return out;
}

/** Time from a key press (→) to the next presentation step drawn, with 10 parties (median of the 22 steps). */
export async function presentStepTime(context) {
  const { page, ids } = await pageWithResults(context, 10);
  const workshopId = 'ws-benchbenchbenchbench';
  await page.evaluate(
    ([id, resultIds]) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('bondgenoten');
        open.onsuccess = () => {
          const tx = open.result.transaction('workshops', 'readwrite');
          const now = new Date().toISOString();
          tx.objectStore('workshops').put({ id, name: 'Bench', resultIds, notes: {}, actions: [], createdAt: now, updatedAt: now });
          tx.oncomplete = () => { open.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [workshopId, ids],
  );
  await page.goto(`./#/werkplaats/${workshopId}/presentatie`);
  await page.locator('.presentation canvas').waitFor();
  await page.waitForTimeout(300);
  const times = [];
  for (let i = 0; i < 22; i += 1) {
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const h1 = document.querySelector('.presentation h1');
            const before = h1?.textContent;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('.presentation h1')?.textContent === before) return;
              observer.disconnect();
              // Drawn: after the next frame has been produced.
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            });
            observer.observe(document.querySelector('.presentation'), { subtree: true, childList: true, characterData: true });
            dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          }),
      ),
    );
  }
  await page.close();
  return { median: quantile(times, 0.5), max: Math.max(...times) };
}
