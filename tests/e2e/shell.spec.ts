import { expect, test } from './fixtures';
import { createAnalysis, expectSaved } from './helpers';

test('a screen that cannot be shown (a damaged record) says so with a way back; the rest of the app keeps working', async ({ page }) => {
  await page.goto('./');
  await createAnalysis(page, 'Beschadigd');
  await page.locator('fieldset.statement input[value="1"]').first().check(); // a low score: a witte vlek to show
  await expectSaved(page);
  const id = /analyse\/([a-z0-9-]+)\//.exec(page.url())![1]!;
  // Another program (or a damaged disk) left a record the app cannot read.
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bondgenoten');
        open.onsuccess = () => {
          const tx = open.result.transaction('analyses', 'readwrite');
          const store = tx.objectStore('analyses');
          const get = store.get(key);
          get.onsuccess = () => store.put({ ...get.result, party: null });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
  page.removeAllListeners('pageerror'); // the render error is expected here; the guard still checks every other page
  await page.goto(`./#/analyse/${id}/resultaten`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit scherm kon niet worden getoond');
  await expect(page.getByRole('button', { name: 'Pagina opnieuw laden' })).toBeVisible();
  await page.getByRole('link', { name: 'Over de scores' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over de scores');
});
