import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';

/** A result file with `n` results: the three parties of the fixture over and over, each with its own id. */
function bigFile(n: number): Buffer {
  const template = JSON.parse(readFileSync('tests/fixtures/files/v1-three-parties.json', 'utf8')) as { results: { id: string }[] };
  const base = template.results;
  template.results = Array.from({ length: n }, (_, i) => ({ ...base[i % base.length]!, id: `an-groot${String(i).padStart(6, '0')}` }));
  return Buffer.from(JSON.stringify(template));
}

test('a file with 5,000 results: the page shows how far the import is, stays responsive, and ends with the summary', async ({ page }) => {
  await page.goto('./#/importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten importeren');
  // Note when the page draws a frame while the import runs: a frozen page would not.
  await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[] };
    w.frameTimes = [];
    const tick = (time: number) => {
      w.frameTimes.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: bigFile(5000) });
  const bar = page.getByRole('progressbar');
  await expect(bar).toBeVisible();
  await expect(page.locator('#import-progress-count')).toContainText(/van 5\.000 resultaten (gecontroleerd|opgeslagen)/);
  await expect(page.locator('.import-summary')).toContainText('5.000 resultaten toegevoegd', { timeout: 30_000 });
  // The longest stretch without a frame, from the file's arrival to the summary (here the import
  // takes ~0.5 s; done in one go, that whole stretch would be frameless).
  const longestGap = await page.evaluate(() => {
    const run = performance.getEntriesByName('bg:import-stored').at(-1)!;
    const times = (window as unknown as { frameTimes: number[] }).frameTimes.filter((t) => t >= run.startTime && t <= run.startTime + run.duration);
    const edges = [run.startTime, ...times, run.startTime + run.duration];
    return Math.max(...edges.slice(1).map((t, i) => t - edges[i]!));
  });
  expect(longestGap).toBeLessThan(200);
  await expect(bar).toHaveCount(0);
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('li.analysis-item')).toHaveCount(5000);
});

test('the progress of a large import passes axe', async ({ page }) => {
  await page.goto('./#/importeren');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'groot.json', mimeType: 'application/json', buffer: bigFile(8000) });
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expectNoAxeViolations(page);
  await expect(page.locator('.import-summary')).toContainText('8.000 resultaten toegevoegd', { timeout: 30_000 });
});
