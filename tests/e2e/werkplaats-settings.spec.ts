import { expect, test } from './fixtures';
import { partyFiles } from './support/partyFiles';

/**
 * Issue 12, point 3: a werkplaats is renamed and deleted on its own screen. A name of invisible
 * characters only is refused with a message beside the field, and nothing changes; deleting the
 * werkplaats (after confirmation) leaves its results on the device.
 */
const NAMES = ['Gemeente Beekdal', 'Welzijn Beekdal'];
const files = () => partyFiles(NAMES.map((name, i) => ({ name, role: i === 0 ? 'gemeente' : 'instelling', id: `an-beekdal${i}` })), 'bg-ws-settings-');
const BLANK_MESSAGE = 'Deze naam is leeg of bestaat alleen uit onzichtbare tekens. Typ een naam met letters of cijfers.';

test('a werkplaats is renamed, refuses an invisible name, and is deleted after confirmation while its results stay', async ({ page }) => {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles(files());
  await expect(page.locator('.import-summary li.accepted')).toHaveCount(2);
  await page.goto('./');
  for (const name of NAMES) await page.getByRole('checkbox', { name: new RegExp(`^${name}.* kiezen$`) }).check();

  // Creating with a name of zero-width characters only: refused beside the field, nothing made.
  const newName = page.getByLabel('Naam van de werkplaats');
  await newName.fill('\u200b\u200b');
  await page.getByRole('button', { name: 'Werkplaats maken met deze resultaten' }).click();
  await expect(page.locator('#workshop-name-error')).toHaveText(BLANK_MESSAGE);
  await expect(newName).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.workshop-list')).toHaveCount(0);
  await expect(page).not.toHaveURL(/#\/werkplaats/);

  await newName.fill('Werkplaats Beekdal');
  await expect(page.locator('#workshop-name-error')).toHaveCount(0); // typing clears the message
  await page.getByRole('button', { name: 'Werkplaats maken met deze resultaten' }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Werkplaats Beekdal');

  // Rename: the new name is shown at once and after a reload.
  const settings = page.getByRole('region', { name: 'Naam en verwijderen' });
  const field = settings.getByLabel('Naam van de werkplaats');
  await expect(field).toHaveValue('Werkplaats Beekdal');
  await field.fill('Werkplaats Beekdal Noord');
  await settings.getByRole('button', { name: 'Opslaan' }).click();
  await expect(settings.getByRole('status')).toHaveText('De nieuwe naam is opgeslagen.');
  await expect(title).toHaveText('Werkplaats Beekdal Noord');
  await page.reload();
  await expect(title).toHaveText('Werkplaats Beekdal Noord');

  // An invisible-only name: the message beside the field, in Dutch; the name stays as it was.
  await field.fill('\u200b\u200d\u2060');
  await settings.getByRole('button', { name: 'Opslaan' }).click();
  const message = settings.locator('#workshop-rename-error');
  await expect(message).toHaveText(BLANK_MESSAGE);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', 'workshop-rename-error');
  await expect(settings.getByRole('status')).toHaveText('');
  await expect(title).toHaveText('Werkplaats Beekdal Noord');
  await page.reload();
  await expect(title).toHaveText('Werkplaats Beekdal Noord');

  // Delete: first a question; cancelling keeps it, confirming removes it.
  await settings.getByRole('button', { name: 'Werkplaats verwijderen', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Werkplaats verwijderen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('#confirm-body')).toHaveText(
    'Verwijderen van ‘\u2068Werkplaats Beekdal Noord\u2069’ en de afspraken die erin staan? De resultaten van de partijen blijven op dit apparaat.',
  );
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(title).toHaveText('Werkplaats Beekdal Noord');

  await settings.getByRole('button', { name: 'Werkplaats verwijderen', exact: true }).click();
  await page.getByRole('dialog', { name: 'Werkplaats verwijderen?' }).getByRole('button', { name: 'Ja, verwijderen' }).click();

  // Back on the start screen: the werkplaats is gone from the list, its results are still there.
  await expect(page.getByRole('heading', { level: 2, name: 'Werkplaatsen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Werkplaats Beekdal Noord' })).toHaveCount(0);
  await expect(page.locator('.workshop-list')).toHaveCount(0);
  await expect(page.locator('.analysis-item')).toHaveCount(2);
  for (const name of NAMES) await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await page.reload();
  await expect(page.locator('.analysis-item')).toHaveCount(2);
  await expect(page.locator('.workshop-list')).toHaveCount(0);
});
