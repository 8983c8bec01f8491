import { expect, test } from './fixtures';
import { createAnalysis, expectSaved, readBank } from './helpers';

const bank = readBank();

test('several analyses can be listed, renamed and deleted after confirmation', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('Er staan nog geen analyses op dit apparaat.')).toBeVisible();
  await createAnalysis(page, 'Gemeente Een');
  const statement = bank.areas[0]!.kenmerken[0]!.statements[0]!;
  await page.locator(`input[name="${statement.id}"][value="3"]`).check();
  await expectSaved(page);
  await page.goto('./');
  await createAnalysis(page, 'Instelling Twee');
  await page.goto('./');

  const items = page.locator('.analysis-item');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Instelling Twee'); // most recent first
  await expect(page.locator('.analysis-item', { hasText: 'Gemeente Een' })).toContainText('1 van');

  // Rename.
  await page.getByRole('button', { name: 'Naam wijzigen: Gemeente Een' }).click();
  await page.getByLabel('Nieuwe naam').fill('Gemeente Eén — Sociaal domein');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Gemeente Eén — Sociaal domein' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Gemeente Eén — Sociaal domein' })).toBeVisible();

  // Delete: cancelling keeps it; confirming removes it.
  await page.getByRole('button', { name: 'Verwijderen: Instelling Twee' }).click();
  const dialog = page.getByRole('dialog', { name: 'Analyse verwijderen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Verwijderen: Instelling Twee' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(items).toHaveCount(1);
  await page.reload();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Gemeente Eén');
});

test('the new-analysis form asks for a name and stores role, level, mode and partnership', async ({ page }) => {
  await page.goto('./#/nieuw');
  await page.getByRole('button', { name: 'Beginnen met de vragen' }).click();
  await expect(page.getByText('Vul de naam van uw organisatie of groep in.')).toBeVisible();
  await expect(page.getByLabel('Naam van uw organisatie of groep')).toBeFocused();
  await page.getByLabel('Naam van uw organisatie of groep').fill('Bewonersraad De Es');
  await page.getByRole('radio', { name: 'Bewoners- of cliëntenorganisatie' }).check();
  await page.getByLabel('Niveau in de organisatie (niet verplicht)').selectOption('uitvoering');
  await page.getByRole('radio', { name: 'Wij vullen dit samen in, met onze partners' }).check();
  await page.getByLabel('Naam van het bondgenootschap (niet verplicht)').fill('Sociaal domein Hengelo');
  await page.getByRole('button', { name: 'Beginnen met de vragen' }).click();
  await expect(page.locator('.context')).toHaveText('Bewonersraad De Es — Sociaal domein Hengelo');
  await page.goto('./');
  await expect(page.locator('.analysis-item .meta')).toContainText('Bewoners- of cliëntenorganisatie · Uitvoering');
});

test('an address of an analysis that is not here says so', async ({ page }) => {
  await page.goto('./#/analyse/an-doesnotexist/resultaten');
  await expect(page.getByRole('alert')).toContainText('staat niet (meer) op dit apparaat');
  await page.goto('./#/onzin');
  await expect(page.getByRole('alert')).toContainText('Deze pagina bestaat niet');
});
