import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { partyFiles } from './support/partyFiles';

/** Puts an analysis straight into the database, as an older version or another program could have left it. */
async function storeRaw(page: Page, record: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bondgenoten');
        open.onsuccess = () => {
          const tx = open.result.transaction('analyses', 'readwrite');
          tx.objectStore('analyses').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

/** Where two words of the app's own sentence are drawn, left to right: [x of the first, x of the second]. */
function positions(node: Locator, first: string, second: string): Promise<[number, number]> {
  return node.evaluate(
    (el, [a, b]) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const x = (word: string) => {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent?.indexOf(word) ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + word.length);
          walker.currentNode = el;
          return range.getBoundingClientRect().left;
        }
        throw new Error(`${word} not found`);
      };
      return [x(a!), x(b!)] as [number, number];
    },
    [first, second],
  );
}

test('a name with a right-to-left override cannot reorder the app’s own sentences; an invisible name is refused', async ({ page }) => {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles('tests/fixtures/hostile/bidi-name.json');
  await expect(page.locator('.import-summary li.accepted')).toHaveCount(1);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 3, name: 'Welzijn Zuid' })).toBeVisible(); // the controls were removed on import

  // A name that still holds a PDI and an override (stored by something else than this import).
  const now = new Date().toISOString();
  await storeRaw(page, {
    id: 'an-rawbidi', name: 'Oost \u2069\u202eVasting', bankId: 'bg-zelfanalyse', bankVersion: '1.0.0', party: { name: 'Oost \u2069\u202eVasting', role: 'gemeente' },
    mode: 'alone', partnership: '', createdAt: now, updatedAt: now, answers: {}, notes: {}, actions: [], areaIndex: 0,
  });
  await page.reload();
  await page.getByRole('button', { name: /^Verwijderen: .*Vasting/ }).click();
  const body = page.locator('#confirm-body');
  // A PDI in the name would close the isolate early and let the override reverse the rest: both are removed.
  await expect(body).toContainText('U verwijdert ‘\u2068Oost Vasting\u2069’ met alle antwoorden');
  const [first, second] = await positions(body, 'ongedaan', 'maken');
  expect(first, 'the sentence after the name still reads left to right').toBeLessThan(second);
  await page.getByRole('button', { name: 'Annuleren' }).click();
  const heading = page.locator('.analysis-name', { hasText: 'Vasting' });
  expect(await heading.locator('bdi').count()).toBe(1);

  // A name of only invisible characters is refused, in the form too.
  await page.goto('./#/nieuw');
  await page.getByLabel('Naam van uw organisatie of groep').fill('\u200b\u200b');
  await page.getByRole('button', { name: 'Beginnen met de vragen' }).click();
  await expect(page.getByText('Vul de naam van uw organisatie of groep in.')).toBeVisible();
});

test('the conflict legend on the import screen keeps its order when the local name holds a PDI and an override', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('Er staan nog geen analyses op dit apparaat.')).toBeVisible(); // the database is open
  // The version on this device: stored as another program could have left it, the name still with its controls.
  const id = 'an-bidiconflict';
  const now = new Date().toISOString();
  await storeRaw(page, {
    id, name: 'Oost \u2069\u202eVasting', bankId: 'bg-zelfanalyse', bankVersion: '2.0.0', party: { name: 'Oost \u2069\u202eVasting', role: 'gemeente' },
    mode: 'alone', partnership: '', createdAt: now, updatedAt: now, answers: {}, notes: {}, actions: [], areaIndex: 0,
  });
  // The version in the file: the same result, with answers (so it differs).
  const [file] = partyFiles([{ name: 'Oost Vasting', role: 'gemeente', id }], 'bg-bidi-conflict-');
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles(file!);
  await expect(page.getByRole('heading', { level: 2, name: 'Deze resultaten staan hier al, met andere inhoud' })).toBeVisible();

  const legend = page.locator(`.conflict[data-result="${id}"] legend`);
  await expect(legend).toHaveText('Welke versie van \u2068Oost Vasting\u2069 houdt u?');
  const [welke, houdt] = await positions(legend, 'Welke', 'houdt');
  expect(welke, 'the sentence before the name reads left to right').toBeLessThan(houdt);
  const [first, second] = await positions(legend, 'houdt', 'u?');
  expect(first, 'the sentence after the name still reads left to right').toBeLessThan(second);
  const heading = page.locator(`.conflict[data-result="${id}"] h3`);
  await expect(heading).toHaveText('Oost Vasting');
  expect(await heading.locator('bdi').count()).toBe(1);

  // The choice still works: keeping the version on this device finishes the import.
  await page.getByRole('group', { name: /^Welke versie van .*Vasting.* houdt u\?$/ }).getByLabel('De versie op dit apparaat houden').check();
  await page.getByRole('button', { name: 'Import afronden' }).click();
  await expect(page.locator('.import-summary')).toBeVisible();
  await expect(page.locator('.conflicts')).toHaveCount(0);
});
