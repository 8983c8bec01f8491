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

test.describe('content that does not arrive', () => {
  test.use({ serviceWorkers: 'block' }); // the page's own requests, so that the test can let them fail

  test('the glossary says it could not be loaded and offers to try again, which works; English that cannot be loaded says so and Dutch stays', async ({ page }) => {
    let failGlossary = true;
    await page.route(/glossary[^/]*\.json$/, (route) => (failGlossary ? route.abort() : route.continue()));
    await page.goto('./#/begrippen');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippen');
    await expect(page.getByText('Dit deel kon niet worden geladen.')).toBeVisible();
    failGlossary = false;
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect(page.locator('dl.glossary dt').first()).toBeVisible();
    await expect(page.getByText('Dit deel kon niet worden geladen.')).toHaveCount(0);

    await page.route(/\/assets\/en[^/]*\.js$/, (route) => route.abort());
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('alert')).toHaveText('English kon niet worden geladen. Probeer het opnieuw als u weer verbinding hebt.');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Begrippen'); // the failed choice was not remembered
  });
});
