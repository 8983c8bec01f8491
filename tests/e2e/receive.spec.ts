import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { waitForServiceWorker } from './helpers';

/**
 * Issue 16, points 1 and 2: results reach the app without email — "Open with" hands files to the
 * app (launchQueue), and a share from another app posts them to the service worker, offline,
 * which hands them to the import without keeping a copy.
 */
const oneResult = readFileSync('tests/fixtures/files/v2-one-result.json', 'utf8');
const threeResults = readFileSync('tests/fixtures/files/v2-three-parties.json', 'utf8');

test('the manifest lists the file handlers and the share target, and the service worker loads the share handler', async ({ page }) => {
  await page.goto('./');
  const manifest = await page.evaluate(async () => (await fetch('./manifest.webmanifest')).json());
  expect(manifest.file_handlers).toEqual([expect.objectContaining({ action: './', accept: { 'application/json': ['.json'], 'image/png': ['.png'] } })]);
  expect(manifest.share_target).toEqual({
    action: './share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: { files: [{ name: 'files', accept: ['application/json', '.json', 'image/png', '.png'] }] },
  });
  expect(readFileSync('dist/sw.js', 'utf8')).toContain('importScripts("share-target.js")');
});

test('a share from another app (two files, offline) lands in the import; a file that is not ours gets the usual message; nothing is kept', async ({ page, context }) => {
  await page.goto('./');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const kind = await page.evaluate(async (text) => {
    const form = new FormData();
    form.append('files', new File([text], 'gemeente.json', { type: 'application/json' }));
    form.append('files', new File(['niet van ons'], 'brief.json', { type: 'application/json' }));
    const response = await fetch('./share-target', { method: 'POST', body: form, redirect: 'manual' });
    return response.type; // the service worker answered with its own redirect: nothing went to a server
  }, oneResult);
  expect(kind).toBe('opaqueredirect');
  await page.goto('./?gedeeld#/importeren');
  const summary = page.locator('.import-summary');
  await expect(summary.locator('li[data-file="gemeente.json"]')).toContainText('1 resultaat toegevoegd');
  await expect(summary.locator('li[data-file="brief.json"]')).toContainText('niet geïmporteerd');
  await expect(page).toHaveURL(/\/#\/importeren$/);
  // The hand-over is one-shot: asked again, the service worker has nothing left.
  const left = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve((e.data as { files: unknown[] }).files.length);
        navigator.serviceWorker.controller?.postMessage({ type: 'bondgenoten:take-shared-files' }, [channel.port2]);
      }),
  );
  expect(left).toBe(0);
});

test('"Open with" (launchQueue) with several files opens the import with them', async ({ page }) => {
  await page.addInitScript(
    ([three]) => {
      const handle = (name: string, text: string) => ({ kind: 'file', name, getFile: async () => new File([text], name, { type: 'application/json' }) });
      Object.defineProperty(window, 'launchQueue', {
        configurable: true,
        value: { setConsumer: (consume: (p: unknown) => void) => consume({ targetURL: location.href, files: [handle('drie.json', three!), handle('vreemd.json', '{"x":1}')] }) },
      });
    },
    [threeResults],
  );
  await page.goto('./');
  await expect(page).toHaveURL(/#\/importeren$/);
  await expect(page.locator('.import-summary li[data-file="drie.json"]')).toContainText('3 resultaten toegevoegd');
  await expect(page.locator('.import-summary li[data-file="vreemd.json"]')).toContainText('niet geïmporteerd');
});

test('a result shown as a QR code: version 10 or lower, big on screen, and its link opens the result on another device', async ({ page, browser, baseURL }) => {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles('tests/fixtures/files/v2-one-result.json');
  await expect(page.locator('.import-summary')).toContainText('1 resultaat toegevoegd');
  await page.goto('./#/analyse/an-7k2m9q4x8c1v5b3n6z0p/resultaten');
  await page.getByRole('button', { name: 'Toon als QR-code' }).click();
  const code = page.getByRole('img', { name: /QR-code met het resultaat van Gemeente Hengelo/ });
  await expect(code).toBeVisible();
  expect(Number(await code.getAttribute('data-qr-version'))).toBeLessThanOrEqual(10);
  const box = (await code.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(400); // big enough to scan across a table at 1366×768
  await expect(page.getByRole('dialog')).toContainText('gaat nooit naar een server');
  await expect(page.getByRole('dialog')).toContainText('alle antwoorden, notities en acties'); // the fixture's one note fits
  const { expectNoAxeViolations } = await import('./helpers');
  await expectNoAxeViolations(page);

  // The same link, built by the app's own code for this origin, opened on another device: the result comes in.
  const { resultQr } = await import('../../src/ui/export/qrImage');
  const { validateBank } = await import('../../src/core/bank/validateBank');
  const { parseResultFile } = await import('../../src/core/resultFile/readFile');
  const bankCheck = validateBank(JSON.parse(readFileSync('questions/bondgenoten.json', 'utf8')));
  if (!bankCheck.ok) throw new Error('bank');
  const parsed = parseResultFile(oneResult, bankCheck.value);
  if (!parsed.ok) throw new Error('fixture');
  const { link } = resultQr(baseURL!, parsed.value.results[0]!, bankCheck.value);
  const other = await browser.newContext();
  const phone = await other.newPage();
  await phone.goto(link);
  await expect(phone.locator('.import-summary')).toContainText('1 resultaat toegevoegd');
  await other.close();
});
