import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import type { Page } from '@playwright/test';

/** A result file with `n` results (the three parties of the fixture over and over, each with its own id), notes padded to `noteLength`. */
function bigFile(n: number, noteLength = 0): Buffer {
  const template = JSON.parse(readFileSync('tests/fixtures/files/v1-three-parties.json', 'utf8')) as { results: { id: string; notes: Record<string, string> }[] };
  const base = template.results;
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
