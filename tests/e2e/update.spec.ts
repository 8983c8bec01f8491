import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { createAnalysis, expectSaved, readBank, waitForServiceWorker } from './helpers';
import { startSwitchableServer } from './support/switchableServer';
import { PORTS } from './support/ports';

const bank = readBank();
const statements = bank.areas[0]!.kenmerken.flatMap((k) => k.statements);

const PORT = PORTS.update;
let server: Awaited<ReturnType<typeof startSwitchableServer>>;
test.beforeAll(async () => {
  // Build B: the same app with another build label, so its files and its service worker differ.
  execFileSync('npx', ['vite', 'build', '--outDir', '.e2e/build-b', '--emptyOutDir', '--logLevel', 'error'], {
    env: { ...process.env, BUILD_LABEL: 'b' },
    stdio: 'inherit',
  });
  server = await startSwitchableServer('dist', PORT);
});
test.afterAll(async () => server.close());
test.use({ baseURL: `http://127.0.0.1:${PORT}/` });

test('an update waits for the user; accepting it keeps the half-filled analysis and the place', async ({ page }) => {
  await page.goto('./');
  await waitForServiceWorker(page);
  await expect(page.locator('.version')).toHaveText(/Versie \d+\.\d+\.\d+$/);
  await createAnalysis(page, 'Halverwege');
  for (const st of statements.slice(0, 5)) await page.locator(`input[name="${st.id}"][value="2"]`).check();
  await expectSaved(page);
  const place = page.url();
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  server.deploy('.e2e/build-b');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.getByRole('region', { name: 'Er is een nieuwe versie van de app' });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  // Nothing reloaded by itself, and the half-filled state is intact.
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  for (const st of statements.slice(0, 5)) await expect(page.locator(`input[name="${st.id}"][value="2"]`)).toBeChecked();
  await page.locator(`input[name="${statements[5]!.id}"][value="5"]`).check();

  await notice.getByRole('button', { name: 'Nu bijwerken' }).click();
  await expect(page.locator('.version')).toHaveText(/\+b$/, { timeout: 20_000 });
  expect(page.url()).toBe(place);
  for (const st of statements.slice(0, 5)) await expect(page.locator(`input[name="${st.id}"][value="2"]`)).toBeChecked();
  await expect(page.locator(`input[name="${statements[5]!.id}"][value="5"]`)).toBeChecked();
});

test('a tab left on the old version after another tab took the update: a screen it has not loaded yet says so and reloads into the new version', async ({ page, context }) => {
  server.deploy('dist');
  await page.goto('./');
  await waitForServiceWorker(page);
  const old = await context.newPage();
  await old.goto('./');
  await expect(old.locator('.version')).toHaveText(/Versie \d+\.\d+\.\d+$/);

  server.deploy('.e2e/build-b');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = page.getByRole('region', { name: 'Er is een nieuwe versie van de app' });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await notice.getByRole('button', { name: 'Nu bijwerken' }).click();
  await expect(page.locator('.version')).toHaveText(/\+b$/, { timeout: 20_000 });

  // The old tab still runs the old version; the code of "Over de scores" is gone from the cache and the server.
  await old.goto(`${old.url().split('#')[0]}#/over`);
  await expect(old.getByRole('heading', { level: 1 })).toHaveText('Dit deel van de app kon niet worden geladen');
  await old.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
  await expect(old.locator('.version')).toHaveText(/\+b$/, { timeout: 20_000 });
  await expect(old.getByRole('heading', { level: 1 })).toHaveText('Over de scores');
});
