import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { createAnalysis, expectNoAxeViolations, expectSaved } from './helpers';

const DIR = 'tests/fixtures/hostile';
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, string>;
const files = readdirSync(DIR).filter((f) => f !== 'expected.json');

/** What the summary says about some files, in words: the thing, the number, the limit. */
const SAYS: Record<string, string | string[]> = {
  'impossible-date.json': 'Resultaat 1 in het bestand: de datum waarop het is gemaakt is een datum die niet bestaat (2026-02-30).',
  'year-zero.json': 'ligt vóór het jaar 2000 (0000-01-01)',
  'year-9999.json': 'ligt in de toekomst (9999-01-01)',
  'zero-width-name.json': 'de naam van de partij is leeg of bestaat alleen uit onzichtbare tekens',
  'no-ids.json': 'Resultaat 1 in het bestand: de id ontbreekt.',
  'duplicate-workshop-ids.json': 'Werkplaats 2 in het bestand: de id komt twee keer voor in het bestand.',
  'workshop-missing-links.json': 'Werkplaats ‘\u2068Werkplaats Zuid\u2069’: 2 van de 3 resultaten staan niet in het bestand en niet op dit apparaat.',
  'workshop-without-results.json': [
    '1 resultaat toegevoegd · 1 werkplaats zonder resultaten op dit apparaat',
    'Werkplaats ‘\u2068Lege werkplaats\u2069’ is toegevoegd, maar geen van de 2 resultaten staat in het bestand of op dit apparaat.',
  ],
  'workshop-empty-list.json': [
    '1 resultaat toegevoegd · 1 werkplaats zonder resultaten op dit apparaat',
    'Werkplaats ‘\u2068Werkplaats zonder lijst\u2069’ is toegevoegd, maar er horen nog geen resultaten bij.',
  ],
  'unsupported-version.json': 'Dit bestand heeft geen geldige bestandsversie; deze app leest bestandsversie 1.',
};

type Dump = { analyses: Record<string, unknown>; answers: unknown[]; workshops: Record<string, unknown> };

/** Every record of the app's database, read with the raw IndexedDB API. */
const dumpDb = (page: Page): Promise<Dump> =>
  page.evaluate(
    () =>
      new Promise<Dump>((resolve, reject) => {
        const open = indexedDB.open('bondgenoten');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['analyses', 'answers', 'workshops']);
          const all = (name: string) => tx.objectStore(name).getAll();
          const [analyses, answers, workshops] = [all('analyses'), all('answers'), all('workshops')];
          tx.oncomplete = () => {
            open.result.close();
            const byId = (list: { id: string }[]) => Object.fromEntries(list.map((r) => [r.id, r]));
            resolve({ analyses: byId(analyses.result as { id: string }[]), answers: answers.result as unknown[], workshops: byId(workshops.result as { id: string }[]) });
          };
        };
      }),
  );

test('the expected-outcome list covers every file of the hostile corpus', () => {
  expect(files.sort()).toEqual(Object.keys(expected).sort());
});

test('every hostile file goes through the real import: refused with a reason, or made inert; local work unchanged', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('./');
  await createAnalysis(page, 'Eigen werk');
  await page.locator('input[type=radio]').first().check();
  await expectSaved(page);
  await page.goto('./');
  await expect(page.locator('.analysis-item')).toHaveCount(1);

  const imported = new Set<string>();
  for (const file of files) {
    await page.goto('./#/importeren');
    const before = await dumpDb(page);
    await page.getByLabel('Bestanden kiezen').setInputFiles(join(DIR, file));
    const line = page.locator(`.import-summary li[data-file="${file}"]`);
    if (expected[file] === 'ok') {
      await expect(line, file).toHaveClass(/accepted/);
      const text = readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/, '');
      const ids = (JSON.parse(text) as { results: { id: string }[] }).results.map((r) => r.id);
      ids.forEach((id) => imported.add(id));
      // Only the file's new results (and werkplaatsen) were added; every record that was here is as it was.
      const after = await dumpDb(page);
      for (const [id, record] of Object.entries(before.analyses)) expect(after.analyses[id], `${file}: ${id}`).toEqual(record);
      for (const [id, record] of Object.entries(before.workshops)) expect(after.workshops[id], `${file}: ${id}`).toEqual(record);
      expect(after.answers, file).toEqual(before.answers);
      expect(Object.keys(after.analyses).filter((id) => !(id in before.analyses)).every((id) => ids.includes(id)), file).toBe(true);
    } else {
      await expect(line, file).toHaveClass(/rejected/);
      await expect(line, file).toContainText('Er is niets veranderd.');
      expect(await dumpDb(page), `${file}: local data before and after`).toEqual(before); // nothing changed, record by record
    }
    for (const says of [SAYS[file] ?? []].flat()) await expect(page.locator('.import-summary'), file).toContainText(says);
    expect(await page.evaluate(() => Object.keys(Object.prototype).length), file).toBe(0);
  }
  await page.goto('./');
  // The local analysis is still there and unchanged; only the valid files added results.
  await expect(page.locator('.analysis-item')).toHaveCount(1 + imported.size);
  await expect(page.locator('.analysis-item', { hasText: 'Eigen werk' })).toContainText('1 van');
  // HTML and script in names and notes are shown as text, never run.
  await expect(page.getByRole('heading', { name: '<script>alert("naam")</script>' })).toBeVisible();
  expect(await page.locator('main img, main script').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('axe finds no violations on the import summary and the compare view', async ({ page }) => {
  await page.goto('./#/importeren');
  await expectNoAxeViolations(page);
  await page.getByLabel('Bestanden kiezen').setInputFiles(['tests/fixtures/files/v2-three-parties.json', join(DIR, 'truncated.json')]);
  await expect(page.locator('.import-summary li')).toHaveCount(2);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Deze resultaten vergelijken' }).click();
  await expect(page.locator('canvas')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare perspectives');
  await expectNoAxeViolations(page);
});
