import { expect, test } from './fixtures';
import { createAnalysis, expectSaved } from './helpers';

test('a backup holds every analysis, imported result, werkplaats and its actions; restored on another device nothing is missing', async ({ page, browser, baseURL }) => {
  await page.goto('./');
  await createAnalysis(page, 'Gemeente Oost');
  for (const value of ['2', '4', 'unknown']) await page.locator(`fieldset.statement input[value="${value}"]`).nth(value === '2' ? 0 : value === '4' ? 1 : 2).check();
  await expectSaved(page);
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles('tests/fixtures/files/v2-one-result.json');
  await expect(page.locator('.import-summary li.accepted')).toHaveCount(1);
  await page.goto('./');
  for (const name of ['Gemeente Oost', 'Gemeente Hengelo']) await page.getByRole('checkbox', { name: new RegExp(`^${name}.*kiezen$`) }).check();
  await page.getByLabel('Naam van de werkplaats').fill('Werkplaats Oost');
  await page.getByRole('button', { name: 'Werkplaats maken met deze resultaten' }).click();
  await page.getByLabel('Wat').fill('Terugkoppeling plannen');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.locator('.action-table tbody tr')).toHaveCount(1);

  await page.goto('./');
  await expect(page.locator('.backup-status')).toContainText('Er is nog geen back-up gemaakt');
  const rows = await page.locator('.analysis-item .meta').allInnerTexts();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Alles bewaren (back-up)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bondgenoten-back-up-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Back-up bewaard' })).toContainText('2 analyses, met alle werkplaatsen');
  await page.reload();
  await expect(page.locator('.backup-status')).toContainText('Laatste back-up:');
  await expect(page.locator('.analysis-item .export-state.exported')).toHaveCount(2); // the backup holds them

  // Another device: a fresh profile restores the backup.
  const other = await browser.newContext({ baseURL });
  const restored = await other.newPage();
  await restored.goto('./#/importeren');
  await restored.getByLabel('Bestanden kiezen').setInputFiles(await file.path());
  await expect(restored.locator('.import-summary')).toContainText('2 resultaten toegevoegd · 1 werkplaats');
  await restored.goto('./');
  await expect(restored.locator('.analysis-item')).toHaveCount(2);
  // Every row as it was, last change and "geïmporteerd" included: the user's own work is not shown as imported.
  expect(await restored.locator('.analysis-item .meta').allInnerTexts()).toEqual(rows);
  expect(rows.filter((m) => m.includes('geïmporteerd'))).toHaveLength(1);
  await restored.getByRole('link', { name: /Werkplaats Oost/ }).click();
  await expect(restored.locator('.action-table')).toContainText('Terugkoppeling plannen');
  await other.close();
});

test('someone who works on it every day: once work in no backup is more than a week old, the start screen offers one', async ({ page }) => {
  const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n, 9, 0));
  await page.clock.install({ time: day(0) });
  await page.goto('./');
  await createAnalysis(page, 'Dagelijks werk');
  const statements = page.locator('fieldset.statement');
  await statements.nth(0).locator('input[value="3"]').check();
  await expectSaved(page);
  for (let d = 1; d <= 8; d += 1) {
    // The next working day: one more answer (the analysis's last change is always today).
    await page.clock.setSystemTime(day(d));
    await statements.nth(d).locator('input[value="4"]').check();
    await expectSaved(page);
    await page.goto('./');
    if (d < 7) await expect(page.locator('.backup-status')).not.toContainText('al meer dan een week');
    await page.goBack();
  }
  await page.goto('./');
  await expect(page.locator('.backup-status')).toContainText('al meer dan een week niet in een back-up');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Nu een back-up maken' }).click();
  await download;
  await page.reload();
  await expect(page.locator('.backup-status')).not.toContainText('al meer dan een week');
});
