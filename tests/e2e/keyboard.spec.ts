import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { readBank } from './helpers';

const bank = readBank();

/** Presses Tab until `target` has focus, failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('focus never reached the element');
}

/**
 * Space on the focused file input opens the browser's file chooser. Once in a CI run (1 of ~50
 * runs) headless Chromium did not report the chooser although the input had focus; the press is
 * repeated once in that case, and only after checking that focus is still on the input, so a
 * picker that cannot be reached by keyboard still fails here.
 */
async function openChooserByKeyboard(page: Page, input: Locator) {
  for (let attempt = 1; ; attempt += 1) {
    await expect(input).toBeFocused();
    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('Space');
    try {
      return await chooser;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

test('keyboard only: create an analysis, answer an area, reach the results', async ({ page }) => {
  await page.goto('./');
  await tabTo(page, page.getByRole('link', { name: 'Nieuwe analyse starten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe analyse' })).toBeFocused();
  await tabTo(page, page.locator('#party-name'));
  await page.keyboard.type('Gemeente Toetsenbord');
  await tabTo(page, page.getByRole('button', { name: 'Beginnen met de vragen' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#area-title')).toBeFocused();

  // Every statement of area 1: Tab into the group, arrow keys choose (Right from nothing = 1, so 3 presses = 3).
  const statements = bank.areas[0]!.kenmerken.flatMap((k) => k.statements);
  for (const s of statements) {
    await tabTo(page, page.locator(`input[name="${s.id}"]`).first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
  }
  for (const s of statements) await expect(page.locator(`input[name="${s.id}"][value="3"]`)).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Alle antwoorden zijn opgeslagen' })).toBeVisible();

  await tabTo(page, page.getByRole('link', { name: 'Volgend gebied' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#area-title')).toContainText(bank.areas[1]!.label.nl);
  await expect(page.locator('#area-title')).toBeFocused();
  await page.goto(page.url().replace(/vragen\/\d+$/, 'vragen/4'));
  await tabTo(page, page.getByRole('link', { name: 'Naar de resultaten' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator(`tr[data-kenmerk="${bank.areas[0]!.kenmerken[0]!.id}"] td.score`)).toHaveText('3,0');
});

test('keyboard only: results → export → import → compare', async ({ page }) => {
  // An analysis with answers, made through the screens (keyboard use of the questionnaire is tested above).
  await page.goto('./#/nieuw');
  await page.locator('#party-name').fill('Gemeente Toets');
  await page.keyboard.press('Enter');
  await expect(page.locator('#area-title')).toBeFocused();
  for (const s of bank.areas[0]!.kenmerken.flatMap((k) => k.statements)) await page.locator(`input[name="${s.id}"][value="4"]`).check();
  await expect(page.getByRole('status').filter({ hasText: 'Alle antwoorden zijn opgeslagen' })).toBeVisible();
  await page.goto('./');

  // Results, by keyboard.
  await tabTo(page, page.getByRole('link', { name: 'Resultaten: Gemeente Toets' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Export, by keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Opslaan als bestand (.json)' }), 200);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const path = await (await download).path();

  // Import the same file again (as a second party would), by keyboard: the file picker opens from the keyboard.
  const changed = JSON.parse(readFileSync(path, 'utf8'));
  changed.results[0].id = 'an-keyboardsecondparty0';
  changed.results[0].name = 'Welzijn Toets';
  changed.results[0].party = { name: 'Welzijn Toets', role: 'instelling' };
  const second = path.replace(/$/, '-2.json');
  writeFileSync(second, JSON.stringify(changed));
  await page.goto('./');
  await tabTo(page, page.getByRole('link', { name: 'Resultaten importeren' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const picker = page.getByLabel('Bestanden kiezen');
  await tabTo(page, picker);
  await (await openChooserByKeyboard(page, picker)).setFiles(second);
  await expect(page.locator('.import-summary')).toContainText('1 resultaat toegevoegd');

  // Compare both, by keyboard: choose them in the list, then open the compare view.
  await page.goto('./');
  for (const name of ['Gemeente Toets', 'Welzijn Toets']) {
    await tabTo(page, page.getByRole('checkbox', { name: `${name} kiezen` }));
    await page.keyboard.press('Space');
  }
  await tabTo(page, page.getByRole('link', { name: 'Gekozen analyses vergelijken' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const headers = page.locator('.compare-table thead th');
  await expect(headers.filter({ hasText: 'Gemeente Toets' })).toHaveCount(1);
  await expect(headers.filter({ hasText: 'Welzijn Toets' })).toHaveCount(1);
});
