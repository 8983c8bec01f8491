import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations, expectSaved, readBank } from './helpers';

/**
 * Issue 13: the instrument, version 2. A gemeente and a bewonersorganisatie answer the same
 * statements (only "onze …" differs), the comparison and the answers CSV show exactly what each
 * read, and a result made with version 1.0.0 imports with its earlier answers kept and named.
 */
const bank = readBank();
const io = bank.areas[0]!.kenmerken.flatMap((k) => k.statements);
const named = io.find((s) => s.text.nl.includes('{org}'))!;
const total = bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements)).length;

async function answerFirstArea(page: Page, name: string, role: string, value: number): Promise<string> {
  await page.goto('./#/nieuw');
  await page.getByLabel('Naam van uw organisatie of groep').fill(name);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Beginnen met de vragen' }).click();
  await expect(page.locator('#area-title')).toBeFocused();
  // The first screen says how many statements there are and about how long it takes.
  await expect(page.locator('.questionnaire-size')).toContainText(`${total} stellingen in 4 analysegebieden`);
  // At the top of the area; the active tab is as tall as the others; the scale and "weet ik niet" fit one row (1366 px laptop).
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const heights = await page.locator('.area-step a').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
  expect(new Set(heights).size, `tab heights ${heights.join(', ')}`).toBe(1);
  const rows = await page.locator(`#st-${io[0]!.id} .choice`).evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().top))).size);
  expect(rows).toBe(1);
  for (const s of io) await page.locator(`input[name="${s.id}"][value="${value}"]`).check();
  await expectSaved(page);
  return (await page.locator(`#st-${named.id} legend`).textContent()) ?? '';
}

test('a gemeente and a bewonersorganisatie read the same statements; compare and CSV show exactly what each read', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('.questionnaire-size')).toContainText(`${total} stellingen in 4 analysegebieden. Dat kost ongeveer`);
  // Nothing to protect yet: no storage warning on an empty start screen (shown once the list is known).
  await expect(page.getByText('Er staan nog geen analyses op dit apparaat.')).toBeVisible();
  await expect(page.locator('.storage-status')).toHaveCount(0);

  const gemeenteRead = await answerFirstArea(page, 'Gemeente Rijnstad', 'Gemeente', 4);
  const bewonersRead = await answerFirstArea(page, 'Wmo-raad Rijnstad', 'Bewoners- of cliëntenorganisatie', 2);
  expect(gemeenteRead).toContain('onze gemeente');
  expect(bewonersRead).toContain('onze bewoners- of cliëntenorganisatie');
  expect(gemeenteRead.replace('onze gemeente', '{org}')).toBe(bewonersRead.replace('onze bewoners- of cliëntenorganisatie', '{org}'));

  await page.goto('./');
  for (const name of ['Gemeente Rijnstad', 'Wmo-raad Rijnstad']) await page.getByRole('checkbox', { name: `${name} kiezen` }).check();
  await page.getByRole('link', { name: 'Gekozen analyses vergelijken' }).click();
  const answers = page.locator('.statement-answers');
  await answers.locator('summary', { hasText: bank.areas[0]!.label.nl }).click();
  const row = answers.locator(`tr[data-statement="${named.id}"]`);
  await expect(row.locator('th')).toContainText(named.text.nl.replace('{org}', 'onze organisatie'));
  await expect(row.locator('td')).toHaveText(['4', '2']);
  await expect(answers).toContainText('Iedere partij las dezelfde stellingen');
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Antwoorden als CSV (Excel)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trimEnd().split('\r\n').map((line) => line.split(';'));
  expect(header).toEqual(['Analysegebied', 'Kenmerk', 'Stelling (Gemeente)', 'Stelling (Bewoners- of cliëntenorganisatie)', 'Gemeente Rijnstad', 'Wmo-raad Rijnstad']);
  const line = lines.find((l) => l[2] === gemeenteRead);
  expect(line, 'the row of the statement as the gemeente read it').toBeDefined();
  expect(line!.slice(3)).toEqual([bewonersRead, '4', '2']);
});

test('a result file of version 1.0.0 imports: its answers are kept, and the app says how many no longer count', async ({ page }) => {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles('tests/fixtures/files/v1-three-parties.json');
  const summary = page.locator('.import-summary');
  await expect(summary).toContainText('3 resultaten toegevoegd');
  await expect(summary).toContainText('horen bij een eerdere versie van de vragenlijst: ze zijn bewaard, maar tellen niet mee in de scores');
  await page.getByRole('link', { name: 'Vergelijken' }).first().click();
  await expect(page.locator('.earlier-answers')).toContainText('In deze vergelijking tellen alleen de stellingen die in versie 2.0.0 hetzelfde betekenen');
  await page.goto('./');
  await page.getByRole('link', { name: 'Resultaten: Wijkraad Berflo Es' }).click();
  await expect(page.locator('.earlier-answers')).toContainText(/\d+ antwoorden zijn gegeven bij versie 1\.0\.0 van de vragenlijst/);
  await expectNoAxeViolations(page);
});
