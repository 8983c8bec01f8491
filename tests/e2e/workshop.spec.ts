import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { partyFiles as makePartyFiles } from './support/partyFiles';

const NAMES = ['Gemeente Oosterveld', 'Welzijn Oosterveld', 'Zorggroep De Linde', 'Bewonersraad Oosterveld', 'Jeugdhulp Oost'];
const ROLES = ['gemeente', 'instelling', 'instelling', 'burger', 'instelling'];

/** Five parties' files, made from a real exported result (each with its own id, name, role and answers). */
const partyFiles = () => makePartyFiles(NAMES.map((name, i) => ({ name, role: ROLES[i]! })), 'bg-ws-');

test.use({ viewport: { width: 1920, height: 1080 } });

test('a facilitator presents five parties on a projector, by keyboard, with names hidden, and records an action', async ({ page }) => {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles(partyFiles());
  await expect(page.locator('.import-summary li.accepted')).toHaveCount(5);
  await page.goto('./');
  for (const name of NAMES) await page.getByRole('checkbox', { name: new RegExp(`^${name}.* kiezen$`) }).check();
  await page.getByLabel('Naam van de werkplaats').fill('Werkplaats Oosterveld');
  await page.getByRole('button', { name: 'Werkplaats maken met deze resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkplaats Oosterveld');
  for (const name of NAMES) await expect(page.locator('.compare-table thead th').filter({ hasText: name })).toHaveCount(1);

  await page.getByRole('link', { name: 'Presenteren' }).click();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText('De kracht van het lokale professionele bondgenootschap');
  await expect(page.locator('.app-header')).toHaveCount(0); // nothing of the app's chrome
  const total = 1 + 4 + 1 + 17 + 1; // overview, areas, agenda, every kenmerk, closing
  await expect(page.locator('.present-where')).toContainText(`Stap 1 van ${total}`);
  await expect(page.locator('canvas')).toBeVisible();
  await expectNoAxeViolations(page);

  // Body text is projector-sized: every visible text element at least 28 px.
  const smallest = await page.evaluate(() => {
    let min = Infinity;
    let what = '';
    for (const el of document.querySelectorAll<HTMLElement>('.presentation *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (!own || el.closest('.visually-hidden') || el.offsetParent === null) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min) [min, what] = [size, `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`];
    }
    return { min, what };
  });
  expect(smallest.min, smallest.what).toBeGreaterThanOrEqual(28);
  await page.screenshot({ path: test.info().outputPath('presentation.png') });

  // ←/→ step: overview → four areas → the agenda → each agenda kenmerk → the others → the actions.
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Interne organisatie');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('De agenda voor het gesprek');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.present-scores tbody tr')).toHaveCount(5);
  await expect(page.locator('.present-kenmerk .reflection')).toHaveCount(0);
  await page.keyboard.press('h'); // questions and advice fold open on a key
  await expect(page.locator('.present-kenmerk .reflection')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText('De agenda voor het gesprek');
  await page.keyboard.press('End');
  await expect(page.locator('.present-where')).toContainText(`Stap ${total} van ${total}`);
  await expect(title).toHaveText('Afgesproken acties');
  await page.keyboard.press('Home');

  // Number keys toggle parties; R reveals them one by one.
  await page.keyboard.press('2');
  await expect(page.locator('.present-legend li').nth(1)).toHaveClass('off');
  await page.keyboard.press('2');
  await expect(page.locator('.present-legend li.off')).toHaveCount(0);
  await page.keyboard.press('r');
  await expect(page.locator('.present-where')).toContainText('1 van 5 partijen zichtbaar');
  await expect(page.locator('.present-legend li.on')).toHaveCount(1); // while revealing: no mean or band
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('r');
  await expect(page.locator('.present-legend li.on')).toHaveCount(4);
  await page.keyboard.press('r');
  await expect(page.locator('.present-legend li.on')).toHaveCount(5 + 2); // five parties, the mean and the band
  await expect(page.locator('.present-where')).toContainText('5 van 5 partijen zichtbaar');

  // N hides names: roles only, no name anywhere in the page.
  await page.keyboard.press('n');
  await expect(page.locator('.present-legend')).toContainText('Maatschappelijke instelling 1');
  const text = await page.locator('body').innerText();
  for (const name of NAMES) expect(text).not.toContain(name);

  // A records an agreed action without leaving the flow.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('a');
  await expect(page.getByLabel('Wat')).toBeFocused();
  await page.keyboard.type('Gezamenlijke visiesessie plannen');
  await page.getByLabel('Wie').fill('Procesregisseur');
  await page.getByLabel('Wie').press('Enter');
  await expect(page.locator('.present-form')).toHaveCount(0);
  await expect(page.locator('.present-confirmation')).toContainText('Actie vastgelegd');
  await expect(title).toHaveText('Interne organisatie');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Sneltoetsen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkplaats Oosterveld');

  // Back on the werkplaats: the action is there; with names hidden the print view shows no name.
  await expect(page.locator('.action-table')).toContainText('Gezamenlijke visiesessie plannen');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.action-table')).toBeVisible();
  await expect(page.locator('canvas')).toBeVisible();
  const printed = await page.locator('body').innerText();
  for (const name of NAMES) expect(printed).not.toContain(name);
  await page.emulateMedia({ media: 'screen' });

  // The werkplaats can be exported without names.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren zonder namen' }).click();
  const file = await download;
  const content = readFileSync(await file.path(), 'utf8');
  for (const name of NAMES) expect(content).not.toContain(name);
  expect(JSON.parse(content).workshops[0].actions[0].what).toBe('Gezamenlijke visiesessie plannen');
});

test('a werkplaats file imports on another device with its results and agreed actions', async ({ page, browser, baseURL }) => {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles(partyFiles().slice(0, 2));
  await expect(page.locator('.import-summary li.accepted')).toHaveCount(2);
  await page.goto('./');
  for (const name of NAMES.slice(0, 2)) await page.getByRole('checkbox', { name: new RegExp(`^${name}.* kiezen$`) }).check();
  await page.getByRole('button', { name: 'Werkplaats maken met deze resultaten' }).click();
  await page.getByLabel('Wat').fill('Terugkoppeling plannen');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.locator('.action-table tbody tr')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Werkplaats exporteren' }).click();
  const path = await (await download).path();

  const other = await browser.newContext({ baseURL });
  const receiver = await other.newPage();
  await receiver.goto('./#/importeren');
  await receiver.getByLabel('Bestanden kiezen').setInputFiles(path);
  await expect(receiver.locator('.import-summary')).toContainText('1 werkplaats');
  await receiver.getByRole('link', { name: 'Werkplaats openen' }).click();
  await expect(receiver.locator('.action-table')).toContainText('Terugkoppeling plannen');
  for (const name of NAMES.slice(0, 2)) await expect(receiver.locator('.compare-table thead th').filter({ hasText: name })).toHaveCount(1);
  await other.close();
});
