import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { answerArea, createAnalysis, expectedScores, expectSaved, paintedPixels, readBank, shown, type TestBank } from './helpers';

const bank = readBank();

async function expectResultsTable(page: Page, b: TestBank, lang: 'nl' | 'en') {
  const expected = expectedScores(b);
  const rows = page.locator('table.score-table tbody tr');
  await expect(rows).toHaveCount(17);
  for (const e of expected) {
    const row = page.locator(`table.score-table tr[data-kenmerk="${e.id}"]`);
    await expect(row.locator('td.score')).toHaveText(shown(e.score, lang));
  }
  const spots = expected.filter((e) => e.witteVlek).map((e) => e.id);
  await expect(page.locator('.witte-vlekken li.witte-vlek')).toHaveCount(spots.length);
  for (const id of spots) await expect(page.locator(`.witte-vlekken li.witte-vlek[data-kenmerk="${id}"]`)).toBeVisible();
}

test('a new user answers everything, reloads halfway, and sees the expected scores and diagram', async ({ page }) => {
  await page.goto('./');
  await createAnalysis(page, 'Gemeente Proefstad');
  await answerArea(page, bank, 0);
  await page.getByRole('link', { name: 'Volgend gebied' }).click();
  await expect(page.locator('#area-title')).toContainText(bank.areas[1]!.label.nl);
  // The next area starts at its top: the title and the area tabs are in view.
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('#area-title')).toBeFocused();
  // Area 2 answered except its last kenmerk.
  const secondIds = bank.areas[1]!.kenmerken.flatMap((k) => k.statements.map((s) => s.id));
  const open = bank.areas[1]!.kenmerken.at(-1)!.statements.map((s) => s.id);
  await answerArea(page, bank, 1, (id) => !open.includes(id));
  await expectSaved(page);

  // Reload in the middle: every answer given so far is still there, and the app resumes in this area.
  await page.reload();
  await expect(page.locator('#area-title')).toContainText(bank.areas[1]!.label.nl);
  const firstArea = bank.areas[0]!.kenmerken.flatMap((k) => k.statements).length;
  await expect(page.getByText(`Voortgang: ${firstArea + secondIds.length - open.length} van`)).toBeVisible();
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(secondIds.length - open.length);

  // Going home and back ("Verder invullen") resumes at the first open statement: in view, with focus.
  await page.getByRole('link', { name: 'Bondgenoten · zelfanalyse' }).click();
  await page.getByRole('link', { name: /Verder invullen/ }).click();
  await expect(page.locator('#area-title')).toContainText(bank.areas[1]!.label.nl);
  const firstOpen = page.locator(`#st-${open[0]}`);
  await expect(firstOpen).toBeFocused();
  await expect(firstOpen).toBeInViewport();
  await answerArea(page, bank, 1, (id) => open.includes(id));

  for (const i of [2, 3]) {
    await page.getByRole('link', { name: 'Volgend gebied' }).click();
    await expect(page.locator('#area-title')).toContainText(bank.areas[i]!.label.nl);
    await answerArea(page, bank, i);
  }
  await expectSaved(page);
  await page.getByRole('link', { name: 'Naar de resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De kracht van het lokale professionele bondgenootschap');
  await expectResultsTable(page, bank, 'nl');
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(5000);
  const total = bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements)).length;
  await expect(page.locator('.results-meta')).toContainText(`${total} van ${total} stellingen beantwoord`);
  await expect(page.locator('.results-meta').getByRole('link', { name: 'Verder invullen' })).toHaveCount(0);
});

test('the same journey in English', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How strong is your local partnership?');
  await createAnalysis(page, 'Welzijn Oost', 'en');
  for (const i of [0, 1, 2, 3]) {
    await expect(page.locator('#area-title')).toContainText(bank.areas[i]!.label.en);
    await answerArea(page, bank, i);
    if (i < 3) await page.getByRole('link', { name: 'Next area' }).click();
  }
  await expectSaved(page, 'en');
  await page.getByRole('link', { name: 'Go to the results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The strength of the local professional partnership');
  await expectResultsTable(page, bank, 'en');
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(5000);
  // The language choice is remembered.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The strength of the local professional partnership');
});

test('an unanswered kenmerk is a gap, not a zero, and results say they are incomplete', async ({ page }) => {
  await page.goto('./');
  await createAnalysis(page, 'Bewonersraad De Es');
  const first = bank.areas[0]!.kenmerken[0]!;
  await page.locator(`input[name="${first.statements[0]!.id}"][value="5"]`).check();
  await expectSaved(page);
  await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
  await expect(page.locator(`tr[data-kenmerk="${first.id}"] td.score`)).toHaveText('5,0');
  const other = bank.areas[3]!.kenmerken[0]!;
  await expect(page.locator(`tr[data-kenmerk="${other.id}"] td.score`)).toHaveText('geen score');
  await expect(page.locator('.results-meta')).toContainText(`1 van ${bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements)).length} stellingen beantwoord`);
  await expect(page.locator('.results-meta').getByRole('link', { name: 'Verder invullen' })).toBeVisible();
  // The gaps are named on their axes and in the legend.
  await expect(page.locator('.chart-legend [data-mark="gap"]')).toBeVisible();
  await expect(page.locator('.witte-vlekken li.witte-vlek')).toHaveCount(0);
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(1000);
});
