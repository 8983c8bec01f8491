import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerArea, createAnalysis, expectSaved, readBank, waitForServiceWorker } from './helpers';

const bank = readBank();

test('after one visit the app works offline: create, answer, reload, all answers kept', async ({ page, context }) => {
  await page.goto('./');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe sterk is uw lokale bondgenootschap?');

  await createAnalysis(page, 'Gemeente Zonder Wifi');
  await answerArea(page, bank, 0);
  await expectSaved(page);
  await page.reload();
  const count = bank.areas[0]!.kenmerken.flatMap((k) => k.statements).length;
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(count);

  // Every route is served offline, the results screen with its lazily loaded chart included.
  await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De kracht van het lokale professionele bondgenootschap');
  await expect(page.locator('table.score-table tbody tr')).toHaveCount(17);
  await expect(page.locator('canvas')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The strength of the local professional partnership');
});

test('the app is installable: manifest and service worker as Chromium requires', async ({ browserName: _b, baseURL, launchOptions }) => {
  // A persistent profile: Chromium never offers to install from an incognito context (Playwright's default).
  const profile = mkdtempSync(join(tmpdir(), 'bg-install-'));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('./');
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  const manifest = await page.evaluate(async () => (await fetch('./manifest.webmanifest')).json());
  expect(manifest).toMatchObject({ lang: 'nl', display: 'standalone', start_url: './', short_name: 'Bondgenoten', theme_color: '#1f5fa8' });
  const icons = manifest.icons as { sizes: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  await context.close();
});

test('the precache list holds the app shell, manifest, icons, every bank and every asset', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const needed = ['index.html', 'manifest.webmanifest', 'favicon.svg', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable-512.png'];
  for (const file of readdirSync('dist/assets')) needed.push(`assets/${file}`);
  expect(readdirSync('dist/assets').some((f) => /^bondgenoten-.*\.json$/.test(f))).toBe(true);
  for (const file of needed) expect(sw, file).toContain(`"${file}"`);
});
