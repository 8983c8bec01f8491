import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
  // Build C: build B whose database schema is one version newer (an upgrade that adds nothing), as
  // a later release that changes the schema would be.
  rmSync('.e2e/build-c', { recursive: true, force: true });
  cpSync('.e2e/build-b', '.e2e/build-c', { recursive: true });
  // Every asset gets a new name, as in a real release (names carry a hash of their content, and a
  // changed file changes the names of the files that import it).
  const open = /"bondgenoten",(\d+),\{/;
  const dir = '.e2e/build-c';
  const assets = readdirSync(join(dir, 'assets'));
  const withDb = assets.filter((f) => f.endsWith('.js') && open.test(readFileSync(join(dir, 'assets', f), 'utf8')));
  if (withDb.length !== 1) throw new Error(`expected the database version in one file, found it in ${withDb.length}`);
  const renamed = new Map(assets.map((f) => [f, f.replace(/(\.[a-z]+)$/, '-c$1')]));
  for (const f of assets) renameSync(join(dir, 'assets', f), join(dir, 'assets', renamed.get(f)!));
  const texts = [...assets.map((f) => join('assets', f)), ...readdirSync(dir)].filter((f) => /\.(js|css|html|webmanifest|json)$/.test(f));
  for (const f of texts) {
    const path = f.startsWith('assets/') ? join(dir, 'assets', renamed.get(f.slice(7))!) : join(dir, f);
    let content = readFileSync(path, 'utf8');
    for (const [from, to] of renamed) content = content.split(from).join(to);
    if (withDb.includes(f.replace('assets/', ''))) content = content.replace(open, (_, v: string) => `"bondgenoten",${Number(v) + 1},{`);
    writeFileSync(path, content);
  }
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

test('an old tab after a newer version took the database: answers given meanwhile are kept, and reloading goes on in the new version', async ({ page, context }) => {
  server.deploy('dist');
  await page.goto('./');
  await waitForServiceWorker(page);
  await createAnalysis(page, 'Oude tab');
  for (const st of statements.slice(0, 3)) await page.locator(`input[name="${st.id}"][value="2"]`).check();
  await expectSaved(page);

  // In another tab the user takes a new version, which upgrades the database.
  const newer = await context.newPage();
  await newer.goto('./');
  server.deploy('.e2e/build-c');
  await newer.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const notice = newer.getByRole('region', { name: 'Er is een nieuwe versie van de app' });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await notice.getByRole('button', { name: 'Nu bijwerken' }).click();
  await expect(newer.locator('.version')).toHaveText(/\+b$/, { timeout: 20_000 });

  // The old tab is told, and an answer given now is kept.
  await expect(page.getByRole('alert').filter({ hasText: 'Er is een nieuwere versie geopend: laad de pagina opnieuw om verder te gaan' })).toBeVisible();
  await page.locator(`input[name="${statements[3]!.id}"][value="5"]`).check();
  await expect(page.getByRole('alert').filter({ hasText: '1 antwoord is veilig bewaard in dit tabblad' })).toBeVisible();
  await page.getByRole('button', { name: 'Pagina opnieuw laden' }).click();
  await expect(page.locator('.version')).toHaveText(/\+b$/, { timeout: 20_000 });
  for (const st of statements.slice(0, 3)) await expect(page.locator(`input[name="${st.id}"][value="2"]`)).toBeChecked();
  await expect(page.locator(`input[name="${statements[3]!.id}"][value="5"]`)).toBeChecked();
  // And it is in the database, not only on the screen: the other tab sees it after a reload.
  await newer.goto(page.url());
  await expect(newer.locator(`input[name="${statements[3]!.id}"][value="5"]`)).toBeChecked();
});
