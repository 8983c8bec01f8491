import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import type { Page } from '@playwright/test';

/**
 * A result file with `n` results (the three parties of the fixture over and over, each with its own
 * id), notes padded to `noteLength`; with `answered`, each keeps only its first answers (results
 * still being filled in: 20,000 complete ones do not fit in the 25 MB a file may have).
 */
function bigFile(n: number, noteLength = 0, answered = Infinity): Buffer {
  const template = JSON.parse(readFileSync('tests/fixtures/files/v2-three-parties.json', 'utf8')) as { results: { id: string; notes: Record<string, string>; answers: Record<string, unknown> }[] };
  const base = template.results.map((r) => ({ ...r, answers: Object.fromEntries(Object.entries(r.answers).slice(0, answered)) }));
  const note: Record<string, string> = noteLength > 0 ? { 'io-practice': 'x'.repeat(noteLength) } : {};
  template.results = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, notes: { ...base[i % base.length]!.notes, ...note }, id: `an-groot${String(i).padStart(6, '0')}` }));
  return Buffer.from(JSON.stringify(template));
}

/**
 * From the file's arrival on, records every main-thread task over 50 ms and every JSON.parse of
 * more than 1 MB on the page (the import worker is another thread: its work is not seen here).
 */
async function watchThePage(page: Page): Promise<() => Promise<{ longestTask: number; bigParses: number }>> {
  await page.evaluate(() => {
    const w = window as unknown as { tasks: number[]; bigParses: number; from: number };
    w.tasks = [];
    w.bigParses = 0;
    w.from = Infinity;
    const parse = JSON.parse;
    JSON.parse = function watched(text: string, ...rest: unknown[]) {
      if (typeof text === 'string' && text.length > 1_000_000) w.bigParses += 1;
      return (parse as (...a: unknown[]) => unknown)(text, ...rest);
    } as typeof JSON.parse;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= w.from) w.tasks.push(e.duration);
    }).observe({ type: 'longtask' });
    document.querySelector('#import-files')?.addEventListener('change', () => (w.from = performance.now()), { capture: true, once: true });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { tasks: number[]; bigParses: number };
      return { longestTask: Math.max(0, ...w.tasks), bigParses: w.bigParses };
    });
}

const storedCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('bondgenoten');
        open.onsuccess = () => {
          const count = open.result.transaction('analyses').objectStore('analyses').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
        open.onerror = () => reject(open.error);
      }),
  );

test('a 25 MB file is read, checked and stored in the import worker: the page shows how far it is and never stalls', async ({ page }) => {
  const file = bigFile(9000, 1180);
  expect(file.length).toBeGreaterThan(24 * 1024 * 1024);
  expect(file.length).toBeLessThanOrEqual(25 * 1024 * 1024);
  await page.goto('./#/importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten importeren');
  const report = await watchThePage(page);
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: file });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.locator('#import-progress-count')).toContainText(/van 9\.000 resultaten (gecontroleerd|opgeslagen)/);
  await expect(page.locator('.import-summary')).toContainText('9.000 resultaten toegevoegd', { timeout: 60_000 });
  expect(page.workers().some((w) => w.url().includes('import-worker'))).toBe(true);
  const { longestTask, bigParses } = await report();
  expect(bigParses, 'the file was parsed on the page').toBe(0);
  expect(longestTask, 'longest main-thread task during the import (ms)').toBeLessThan(200);
  expect(await storedCount(page)).toBe(9000);
});

test('a refused file of a million tiny results never holds up the page, and changes nothing', async ({ page }) => {
  const million = Buffer.from(`{"type":"bondgenoten-zelfanalyse/results","formatVersion":1,"results":[${Array(1_000_000).fill('{}').join(',')}]}`);
  await page.goto('./#/importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten importeren');
  const report = await watchThePage(page);
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'miljoen.json', mimeType: 'application/json', buffer: million });
  await expect(page.locator('.import-summary li.rejected')).toContainText('miljoen.json', { timeout: 30_000 });
  const { longestTask, bigParses } = await report();
  expect(bigParses).toBe(0);
  expect(longestTask).toBeLessThan(200);
  expect(await storedCount(page)).toBe(0);
});

test('the progress of a large import passes axe', async ({ page }) => {
  await page.goto('./#/importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: bigFile(8000) });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.locator('.import-summary')).toContainText('8.000 resultaten toegevoegd', { timeout: 30_000 });
});

test('20,000 results on the device: the start screen lists them a page at a time, and choosing, paging, backing up and comparing work', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'twintigduizend.json', mimeType: 'application/json', buffer: bigFile(20_000, 0, 20) });
  await expect(page.locator('.import-summary')).toContainText('20.000 resultaten toegevoegd', { timeout: 90_000 });
  expect(await storedCount(page)).toBe(20_000);
  await expect(page.getByRole('link', { name: 'Deze resultaten vergelijken' })).toHaveCount(0); // not 20,000 ids in one address
  await expect(page.getByText('U kunt tot 100 resultaten')).toHaveText('U kunt tot 100 resultaten tegelijk vergelijken: kies op de startpagina welke.');

  await page.goto('./#/');
  await expect(page.locator('.analysis-item')).toHaveCount(50);
  const pager = page.getByRole('navigation', { name: 'Pagina’s met analyses' });
  await expect(pager.getByRole('status')).toHaveText('1–50 van 20.000');
  const chosen = page.locator('.selection-actions [role=status]');
  await page.locator('.analysis-item input[type=checkbox]').nth(0).check();
  await page.locator('.analysis-item input[type=checkbox]').nth(1).check();
  await expect(chosen).toHaveText('2 gekozen');
  await pager.getByRole('button', { name: 'Volgende' }).click();
  await expect(pager.getByRole('status')).toHaveText('51–100 van 20.000');
  await expect(page.locator('.analysis-item input[type=checkbox]:checked')).toHaveCount(0);
  await page.locator('.analysis-item input[type=checkbox]').nth(0).check();
  await expect(chosen).toHaveText('3 gekozen');

  const download = page.waitForEvent('download');
  await page.locator('.selection-actions').getByRole('button', { name: 'Alles bewaren (back-up)' }).click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8')) as { results: unknown[] };
  expect(file.results).toHaveLength(20_000);
  await expect(page.locator('.selection-actions')).toContainText('20.000 analyses, met alle werkplaatsen');

  await page.getByRole('link', { name: 'Gekozen analyses vergelijken' }).click();
  await expect(page).toHaveURL(/#\/vergelijken\//);
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(page.locator('table').first()).toContainText(/\d/);
  expect(await storedCount(page)).toBe(20_000);
});
