// Timings measured in headless Chromium against the build, served as plain files (no compression),
// always from outside the app: the product code carries no measuring probes. Every figure comes with
// a baseline measured in the same run, so that a slow machine can be told from a slow app.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serveStatic } from './staticServer.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The value at quantile `q` (0–1) of `values`. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

/** Runs `fn(context, url)` with a fresh Chromium profile against the build on a plain static server. */
export async function withBrowser(fn) {
  const server = await serveStatic('dist', 0);
  try {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'bg-bench-')), {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ARGS,
      headless: true,
      baseURL: server.url,
    });
    try {
      return await fn(context, server.url);
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
  }
}

/** Median `load` time of 5 offline reloads from the service worker's precache; baseline: the first load from the local server. */
export async function offlineReload(context) {
  const page = await context.newPage();
  await page.goto('./', { waitUntil: 'load' });
  const online = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd); // the same page from the local server
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
  return { median: quantile(times, 0.5), online };
}

/** Records, in the page, when an answer is given and when the put of an answer record commits. */
function watchSaves() {
  const w = window;
  w.benchSaves = [];
  w.benchFrames = [];
  addEventListener(
    'change',
    () => {
      const t0 = performance.now();
      w.benchAnswered = t0;
      requestAnimationFrame(() => setTimeout(() => w.benchFrames.push(performance.now() - t0), 0)); // the frame that shows the answer
    },
    { capture: true },
  );
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function watchedPut(...args) {
    if (this.name === 'answers') {
      const started = w.benchAnswered;
      this.transaction.addEventListener('complete', () => w.benchSaves.push(performance.now() - started));
    }
    return put.apply(this, args);
  };
}

/**
 * Autosave, over every statement twice, each answer given with a real mouse click: from the answer
 * to the page hearing that IndexedDB committed it, and to the next frame drawn (the page stays
 * responsive); baseline: a bare put of the same kind of record from a click in the same page.
 */
export async function autosave(context) {
  const page = await context.newPage();
  await page.addInitScript(watchSaves);
  await page.goto('./#/nieuw');
  await page.locator('#party-name').fill('Bench');
  await page.locator('button[type=submit]').click();
  await page.locator('#area-title').waitFor();
  let clicks = 0;
  for (const value of ['2', '4']) {
    for (let area = 1; area <= 4; area += 1) {
      await page.goto(page.url().replace(/vragen\/\d+$/, `vragen/${area}`));
      await page.locator('#area-title').waitFor();
      const names = await page.locator('fieldset.statement input[value="1"]').evaluateAll((els) => els.map((e) => e.name));
      for (const name of names) {
        const radio = page.locator(`input[name="${name}"][value="${value}"]`);
        await radio.scrollIntoViewIfNeeded();
        const box = await radio.boundingBox();
        await page.waitForTimeout(30);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForTimeout(80);
        clicks += 1;
      }
    }
  }
  const samples = await page.evaluate(() => window.benchSaves);
  const frames = await page.evaluate(() => window.benchFrames);
  if (samples.length !== clicks) throw new Error(`autosave: ${samples.length} saves measured for ${clicks} clicks`);
  // Baseline: a bare put, started from a real click on a plain button of the same page (so that
  // the browser schedules it as it schedules an answer: replies wait for the frame after input).
  await page.evaluate(async () => {
    const w = window;
    w.benchBase = [];
    w.benchDb = await new Promise((resolve, reject) => {
      const open = indexedDB.open('bench-baseline', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('answers', { keyPath: ['analysisId', 'statementId'] });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const button = document.createElement('button');
    button.id = 'bench-put';
    button.textContent = 'put';
    button.style.cssText = 'position:fixed;top:0;left:0;z-index:9999';
    let i = 0;
    w.benchBaseFrames = [];
    button.addEventListener('click', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.benchBaseFrames.push(performance.now() - t0), 0));
      const tx = w.benchDb.transaction('answers', 'readwrite', { durability: 'relaxed' });
      tx.objectStore('answers').put({ analysisId: 'an-bench', statementId: `io-practice-${(i += 1)}`, value: 3, at: new Date().toISOString() });
      tx.oncomplete = () => w.benchBase.push(performance.now() - t0);
    });
    document.body.append(button);
  });
  const button = await page.locator('#bench-put').boundingBox();
  for (let i = 0; i < clicks; i += 1) {
    await page.waitForTimeout(30);
    await page.mouse.click(button.x + button.width / 2, button.y + button.height / 2);
    await page.waitForTimeout(80);
  }
  const baseline = await page.evaluate(() => window.benchBase);
  const baseFrames = await page.evaluate(() => window.benchBaseFrames);
  await page.close();
  return {
    count: samples.length,
    p50: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    baseP50: quantile(baseline, 0.5),
    baseP95: quantile(baseline, 0.95),
    frameP95: quantile(frames, 0.95),
    baseFrameP95: quantile(baseFrames, 0.95),
  };
}

/** The id of the i-th result of a bench file. */
export const benchId = (i) => `an-bench${String(i).padStart(8, '0')}`;

/**
 * A result file with `n` results, made from a real exported result with fresh ids; with `answered`,
 * each keeps only its first answers (20,000 complete results do not fit in the 25 MB a file may have).
 */
export function bigFile(n, answered = Infinity) {
  const template = JSON.parse(readFileSync('tests/fixtures/files/v2-three-parties.json', 'utf8'));
  const base = template.results.map((r) => ({ ...r, answers: Object.fromEntries(Object.entries(r.answers).slice(0, answered)) }));
  template.results = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length], id: benchId(i) }));
  return Buffer.from(JSON.stringify(template));
}

/** An empty database for the app (deletes it, then reloads the page). */
async function emptyDatabase(page) {
  await page.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.deleteDatabase('bondgenoten');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  }));
  await page.reload();
}

/** A file of a million tiny (invalid) results: refused, and must never hold up the page. */
const millionFile = () => Buffer.from(`{"type":"bondgenoten-zelfanalyse/results","formatVersion":1,"results":[${Array(1_000_000).fill('{}').join(',')}]}`);

/** The files importTimes measures: 100, 1,000 and 10,000 results, the largest file allowed (25 MB), and a refused million. */
const IMPORT_CASES = {
  100: () => bigFile(100),
  1000: () => bigFile(1000),
  10000: () => bigFile(10000),
  '25MB': () => bigFile(15_500), // 24.9 MB: the largest file the app takes (25 MB)
  million: millionFile,
};

/**
 * Import of each file into an empty profile: the time from the file handed to the app until the
 * summary is on screen (read, checked, planned, stored, summed up), and the longest main-thread
 * task meanwhile; baseline: a bare JSON.parse of the same file in the page (what the page would
 * block for if it parsed the file itself).
 */
export async function importTimes(context) {
  const out = {};
  for (const [n, make] of Object.entries(IMPORT_CASES)) {
    const page = await context.newPage();
    await page.goto('./#/importeren');
    await emptyDatabase(page);
    await page.locator('#import-files').waitFor();
    await page.evaluate(() => {
      const w = window;
      w.benchTasks = [];
      new PerformanceObserver((list) => w.benchTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask' });
      document.querySelector('#import-files').addEventListener('change', () => (w.benchChange = performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.import-summary')) return;
        w.benchDone = performance.now();
        observer.disconnect();
      }).observe(document.body, { childList: true, subtree: true });
    });
    const buffer = make();
    await page.waitForTimeout(500); // a user takes longer than this to pick a file
    await page.locator('#import-files').setInputFiles({ name: `bench-${n}.json`, mimeType: 'application/json', buffer });
    await page.locator('.import-summary').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(200);
    out[n] = await page.evaluate((text) => {
      const w = window;
      const t0 = performance.now();
      JSON.parse(text);
      return {
        bytes: text.length,
        total: w.benchDone - w.benchChange,
        longestTask: Math.max(0, ...w.benchTasks.filter(([start]) => start >= w.benchChange).map(([, d]) => d)),
        parse: performance.now() - t0,
      };
    }, buffer.toString('utf8'));
    await page.close();
  }
  return out;
}

/** Time from going to `hash` to the next two frames after `ready` is on screen, in the page. */
function timeTo(page, hash, ready) {
  return page.evaluate(
    ([to, selector]) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        const done = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        location.hash = to;
      }),
    [hash, ready],
  );
}

/** A page on which `n` bench results were imported through the import screen; with their ids. */
export async function pageWithResults(context, n, answered = Infinity) {
  const page = await context.newPage();
  await page.goto('./#/importeren');
  await emptyDatabase(page);
  await page.locator('#import-files').setInputFiles({ name: `bench-${n}.json`, mimeType: 'application/json', buffer: bigFile(n, answered) });
  await page.locator('.import-summary').waitFor({ timeout: 120_000 });
  return { page, ids: Array.from({ length: n }, (_, i) => benchId(i)) };
}

/**
 * Opening the compare screen with 1, 10 and 30 parties until the diagram is drawn (median of 3);
 * baseline: opening the text page "Over de scores" the same way.
 */
export async function compareDrawTimes(context) {
  const { page, ids: all } = await pageWithResults(context, 30);
  const median = async (hash, ready) => {
    const times = [];
    for (let r = 0; r < 3; r += 1) {
      await page.goto('./#/');
      await page.getByRole('heading', { level: 1 }).waitFor();
      times.push(await timeTo(page, hash, ready));
    }
    return quantile(times, 0.5);
  };
  const out = { baseline: await median('#/over', '#about-title') };
  // The first opening loads chart.js: not counted.
  await timeTo(page, `#/vergelijken/${all[0]}`, 'canvas');
  for (const n of [1, 10, 30]) out[n] = await median(`#/vergelijken/${all.slice(0, n).join(',')}`, 'canvas');
  await page.close();
  return out;
}

/** Key press (→) to the next presentation step drawn, 10 parties (22 steps); baseline: a key the presentation ignores. */
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
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [workshopId, ids],
  );
  await page.goto(`./#/werkplaats/${workshopId}/presentatie`);
  await page.locator('.presentation canvas').waitFor();
  await page.waitForTimeout(300);
  const press = (key, expectChange) =>
    page.evaluate(
      ([k, change]) =>
        new Promise((resolve) => {
          const before = document.querySelector('.presentation h1')?.textContent;
          const t0 = performance.now();
          const drawn = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          if (!change) {
            dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
            drawn();
            return;
          }
          const observer = new MutationObserver(() => {
            if (document.querySelector('.presentation h1')?.textContent === before) return;
            observer.disconnect();
            drawn();
          });
          observer.observe(document.querySelector('.presentation'), { subtree: true, childList: true, characterData: true });
          dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
        }),
      [key, expectChange],
    );
  const times = [];
  const baseline = [];
  for (let i = 0; i < 22; i += 1) {
    baseline.push(await press('x', false));
    times.push(await press('ArrowRight', true));
  }
  await page.close();
  return { median: quantile(times, 0.5), max: Math.max(...times), baseline: quantile(baseline, 0.5) };
}

/** Records long tasks (over 50 ms) on the page from now on, in `window.benchTasks`. */
function watchLongTasks() {
  const w = window;
  w.benchTasks = [];
  new PerformanceObserver((list) => w.benchTasks.push(...list.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
}

/** The longest task (0: none over 50 ms) that started after `since` on the page. */
const longestTaskSince = (page, since) =>
  page.evaluate((t) => Math.max(0, ...window.benchTasks.filter(([start]) => start >= t).map(([, d]) => d)), since);

/**
 * A real mouse click on `locator`, after a pause a user would leave; returns the page's time of the
 * click and the time from the click to the next frame drawn after it.
 */
async function clickAt(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.waitForTimeout(50);
  const drawn = page.evaluate(
    () =>
      new Promise((resolve) =>
        addEventListener(
          'click',
          () => {
            const t0 = performance.now();
            requestAnimationFrame(() => setTimeout(() => resolve({ at: t0, frame: performance.now() - t0 }), 0));
          },
          { capture: true, once: true },
        ),
      ),
  );
  await page.waitForTimeout(20); // the listener is in place
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return drawn;
}

/**
 * With 20,000 results on the device: the start screen loaded until the first page of the list is on
 * screen (median of 3; baseline: the same load until the shell's heading shows), a checkbox clicked
 * until the next frame is drawn (slowest of 10; baseline: a click on the heading), and the longest
 * page task while "Alles bewaren" makes the backup and while 30 chosen results are compared.
 */
export async function manyResults(context, n = 20000) {
  const { page } = await pageWithResults(context, n, 20);
  await page.addInitScript(() => {
    const w = window;
    const seen = () => {
      if (!w.benchShell && document.querySelector('h1')) w.benchShell = performance.now();
      if (!w.benchList && document.querySelector('.analysis-item')) w.benchList = performance.now();
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
  const loads = [];
  const shells = [];
  for (let r = 0; r < 3; r += 1) {
    await page.goto('./#/over');
    await page.goto('./');
    await page.reload();
    await page.locator('.analysis-item').first().waitFor({ timeout: 60_000 });
    const { list, shell } = await page.evaluate(() => ({ list: window.benchList, shell: window.benchShell }));
    loads.push(list);
    shells.push(shell);
  }
  await page.evaluate(watchLongTasks);
  const idleStart = await page.evaluate(() => performance.now());
  await page.waitForTimeout(1000);
  const idleTask = await longestTaskSince(page, idleStart); // the same page doing nothing for a second
  const status = page.locator('.selection-actions [role=status]');
  const chosen = async () => (await status.textContent()).trim();
  if ((await chosen()) !== '0 gekozen') throw new Error(`many results: "${await chosen()}" before any click`);
  const ticks = [];
  const heading = [];
  for (let i = 0; i < 10; i += 1) {
    ticks.push((await clickAt(page, page.locator('.analysis-item input[type=checkbox]').nth(i % 5))).frame);
    heading.push((await clickAt(page, page.locator('h1'))).frame);
    if (i === 4 && (await chosen()) !== '5 gekozen') throw new Error(`many results: "${await chosen()}" after five ticks`);
  }
  // Ten clicks on five boxes: all five off again. Now back up everything.
  const backupStart = await page.evaluate(() => performance.now());
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await clickAt(page, page.locator('.selection-actions button', { hasText: /back-up/ }));
  await download;
  await page.locator('.selection-actions [role=status]', { hasText: /Back-up bewaard/ }).waitFor({ timeout: 60_000 });
  const backupTask = await longestTaskSince(page, backupStart);
  const backupTime = (await page.evaluate(() => performance.now())) - backupStart;
  // Compare 30 chosen results.
  for (let i = 0; i < 30; i += 1) await page.locator('.analysis-item input[type=checkbox]').nth(i).check();
  const compareStart = await page.evaluate(() => performance.now());
  await clickAt(page, page.getByRole('link', { name: /Gekozen analyses vergelijken/ }));
  await page.locator('canvas').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  const compareTask = await longestTaskSince(page, compareStart);
  await page.close();
  return {
    n,
    load: quantile(loads, 0.5),
    shell: quantile(shells, 0.5),
    tick: Math.max(...ticks),
    heading: Math.max(...heading),
    backupTask,
    backupTime,
    compareTask,
    idleTask,
  };
}
