import { expect, test } from './fixtures';
import { createAnalysis, expectSaved, readBank } from './helpers';

const bank = readBank();
const statements = bank.areas[0]!.kenmerken.flatMap((k) => k.statements);
const s = (i: number) => statements[i]!.id;

test('two tabs on one analysis: different statements never conflict, the same statement keeps the last answer, and both tabs show it', async ({ page, context }) => {
  await page.goto('./');
  await createAnalysis(page, 'Twee Tabbladen');
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.locator('#area-title')).toBeVisible();

  await page.locator(`input[name="${s(0)}"][value="2"]`).check();
  await expectSaved(page);
  // The second tab has not reloaded: it still started from the empty analysis.
  await other.locator(`input[name="${s(1)}"][value="4"]`).check();
  await expectSaved(other);
  await expect(other.locator(`input[name="${s(0)}"][value="2"]`)).toBeChecked();
  await expect(page.locator(`input[name="${s(1)}"][value="4"]`)).toBeChecked();

  // The same statement in both tabs: the last answer given is kept, and both tabs show it.
  await page.locator(`input[name="${s(2)}"][value="1"]`).check();
  await expectSaved(page);
  await expect(other.locator(`input[name="${s(2)}"][value="1"]`)).toBeChecked();
  await other.locator(`input[name="${s(2)}"][value="5"]`).check();
  await expectSaved(other);
  await expect(page.locator(`input[name="${s(2)}"][value="5"]`)).toBeChecked();

  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.locator(`input[name="${s(0)}"][value="2"]`)).toBeChecked();
    await expect(tab.locator(`input[name="${s(1)}"][value="4"]`)).toBeChecked();
    await expect(tab.locator(`input[name="${s(2)}"][value="5"]`)).toBeChecked();
  }
});

/** Makes the next `failPuts` puts of this context (page or worker) throw as on a full disk. */
function failingPuts() {
  const g = globalThis as unknown as { failPuts?: number };
  const original = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if ((g.failPuts ?? 0) > 0) {
      g.failPuts = (g.failPuts ?? 0) - 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return original.apply(this, args);
  };
}

/** Makes the next `abortPuts` puts of this context abort their transaction. */
function abortingPuts() {
  const g = globalThis as unknown as { abortPuts?: number };
  const original = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = original.apply(this, args);
    if ((g.abortPuts ?? 0) > 0) {
      g.abortPuts = (g.abortPuts ?? 0) - 1;
      this.transaction.abort();
    }
    return request;
  };
}

test('a full disk: a clear message, the answer kept on screen and saved once there is room', async ({ page }) => {
  await page.addInitScript(failingPuts);
  await page.goto('./');
  await createAnalysis(page, 'Volle Schijf');
  // The first attempt and the first retry fail.
  await page.evaluate(() => ((globalThis as unknown as { failPuts: number }).failPuts = 2));
  await page.locator(`input[name="${s(0)}"][value="5"]`).check();
  await expect(page.getByRole('alert')).toContainText('De opslag van dit apparaat is vol');
  await expect(page.locator(`input[name="${s(0)}"][value="5"]`)).toBeChecked();
  // The app retries by itself; the third attempt gets through.
  await expectSaved(page);
  expect(await page.evaluate(() => (globalThis as unknown as { failPuts: number }).failPuts)).toBe(0);
  await page.reload();
  await expect(page.locator(`input[name="${s(0)}"][value="5"]`)).toBeChecked();
});

test('an aborted transaction: the answer is kept and retried, nothing else changes', async ({ page }) => {
  await page.addInitScript(abortingPuts);
  await page.goto('./');
  await createAnalysis(page, 'Afgebroken');
  await page.locator(`input[name="${s(0)}"][value="3"]`).check();
  await expectSaved(page);
  await page.evaluate(() => ((globalThis as unknown as { abortPuts: number }).abortPuts = 1));
  await page.locator(`input[name="${s(1)}"][value="1"]`).check();
  await expect(page.getByRole('alert')).toContainText('nog niet opgeslagen');
  await expectSaved(page);
  expect(await page.evaluate(() => (globalThis as unknown as { abortPuts: number }).abortPuts)).toBe(0);
  await page.reload();
  await expect(page.locator(`input[name="${s(0)}"][value="3"]`)).toBeChecked();
  await expect(page.locator(`input[name="${s(1)}"][value="1"]`)).toBeChecked();
});

test('a database upgrade from a newer tab is not blocked by an open tab, which is told to reload', async ({ page, context }) => {
  await page.goto('./');
  await createAnalysis(page, 'Oude Versie');
  await page.locator(`input[name="${s(0)}"][value="4"]`).check();
  await expectSaved(page);

  const newer = await context.newPage();
  await newer.goto('./#/onbekend');
  const upgraded = await newer.evaluate(
    () =>
      new Promise<{ blocked: boolean; records: number }>((resolve, reject) => {
        let blocked = false;
        const request = indexedDB.open('bondgenoten', 1000); // any version above the app's
        request.onblocked = () => (blocked = true);
        request.onupgradeneeded = () => request.result.createObjectStore('later-store');
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('analyses').objectStore('analyses').count();
          count.onsuccess = () => resolve({ blocked, records: count.result });
        };
        request.onerror = () => reject(request.error);
      }),
  );
  expect(upgraded).toEqual({ blocked: false, records: 1 });
  await expect(page.getByRole('alert')).toContainText('Er is een nieuwere versie geopend: laad de pagina opnieuw om verder te gaan');
  await expect(page.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeVisible();
});

for (const variant of ['missing', 'throws'] as const) {
  test(`without IndexedDB (${variant}) the app works in memory and says nothing will be kept`, async ({ page }) => {
    await page.addInitScript((v) => {
      if (v === 'missing') Object.defineProperty(window, 'indexedDB', { get: () => undefined });
      else IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    }, variant);
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('Deze browser bewaart geen gegevens');
    await expect(page.locator('.storage-status')).toContainText('Niets wordt bewaard');
    await createAnalysis(page, 'Privévenster');
    await page.locator(`input[name="${s(0)}"][value="4"]`).check();
    await expectSaved(page);
    await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
    await expect(page.locator(`tr[data-kenmerk="${bank.areas[0]!.kenmerken[0]!.id}"] td.score`)).toHaveText('4,0');
  });
}
