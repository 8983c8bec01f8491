import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { createAnalysis, expectNoAxeViolations, expectSaved } from './helpers';

interface Bank {
  areas: { kenmerken: { id: string; label: { nl: string }; statements: { id: string }[]; advice: { title: { nl: string }; roles: string[] }[]; reflection?: { gemeente?: { text: { nl: string } }[] } }[] }[];
}
const bank = JSON.parse(readFileSync('questions/bondgenoten.json', 'utf8')) as Bank;
const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
const LOW = 'io-horizontaal';
const UNKNOWN = 'ma-concreet';

test('two witte vlekken get their advice; an action survives reload, export and import, and is in the printed werkplan', async ({ page, browser, baseURL }) => {
  await page.goto('./');
  await createAnalysis(page, 'Gemeente Werkplan');
  // Reflection questions for the gemeente sit beside the statements.
  const first = kenmerken[0]!;
  const reflection = page.locator('.kenmerk').first().locator('details.reflection');
  await reflection.locator('summary').click();
  if (first.reflection?.gemeente?.[0]) await expect(reflection).toContainText(first.reflection.gemeente[0].text.nl);

  for (let area = 0; area < bank.areas.length; area += 1) {
    if (area > 0) await page.goto(page.url().replace(/vragen\/\d+$/, `vragen/${area + 1}`));
    for (const k of bank.areas[area]!.kenmerken) {
      const value = k.id === LOW ? '1' : k.id === UNKNOWN ? 'unknown' : '4';
      for (const s of k.statements) await page.locator(`input[name="${s.id}"][value="${value}"]`).check();
    }
    await expectSaved(page);
  }
  await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
  const spots = page.locator('.witte-vlekken li.witte-vlek');
  await expect(spots).toHaveCount(2);
  for (const id of [LOW, UNKNOWN]) {
    const k = kenmerken.find((x) => x.id === id)!;
    // Folded per witte vlek: the gemeente's own advice first, advice for other roles folded below it.
    const details = page.locator(`.wv-details[data-kenmerk="${id}"]`);
    await details.locator(':scope > summary').click();
    const own = k.advice.filter((a) => a.roles.includes('gemeente'));
    const advice = details.locator('.advice > ul > .advice-item');
    await expect(advice).toHaveCount(own.length);
    await expect(advice.first()).toContainText(own[0]!.title.nl);
    await expect(advice.first()).toBeVisible();
    await expect(details.locator('.advice-others .advice-item')).toHaveCount(k.advice.length - own.length);
  }
  await expect(page.locator('.advice')).toHaveCount(2); // advice for exactly those two
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Werkplan: notities en acties' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkplan: notities en acties');
  await expect(page.getByRole('note')).toContainText('geen persoonsgegevens');
  const section = page.locator(`.werkplan-kenmerk[data-kenmerk="${LOW}"]`);
  await section.getByLabel('Wat').fill('Maandelijks overleg tussen de afdelingen plannen');
  await section.getByLabel('Wie').fill('Teamleider Wmo');
  await section.getByLabel('Wanneer').fill('Q1 2027');
  await section.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.locator('.action-table tbody tr')).toHaveCount(1);
  await section.getByLabel(/Notitie bij/).fill('Afdelingen werken nog langs elkaar heen.');
  await section.getByLabel(/Notitie bij/).blur();
  await expect(section.getByText('Notitie opgeslagen.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.locator('.action-table tbody tr')).toContainText(['Maandelijks overleg tussen de afdelingen plannen']);
  await expect(section.getByLabel(/Notitie bij/)).toHaveValue('Afdelingen werken nog langs elkaar heen.');

  await page.getByRole('link', { name: 'Terug naar de resultaten' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Opslaan als bestand (.json)' }).click();
  const path = join(mkdtempSync(join(tmpdir(), 'bg-wp-')), 'werkplan.json');
  await (await download).saveAs(path);

  const other = await browser.newContext({ baseURL });
  const receiver = await other.newPage();
  await receiver.goto('./#/importeren');
  await receiver.getByLabel('Bestanden kiezen').setInputFiles(path);
  await expect(receiver.locator('.import-summary')).toContainText('1 resultaat toegevoegd');
  await receiver.goto('./');
  await receiver.getByRole('link', { name: /^Resultaten: Gemeente Werkplan/ }).click();
  await receiver.getByRole('link', { name: 'Werkplan: notities en acties' }).click();
  await receiver.emulateMedia({ media: 'print' });
  const table = receiver.locator('.action-table');
  await expect(table).toBeVisible();
  await expect(table).toContainText('Maandelijks overleg tussen de afdelingen plannen');
  await expect(table).toContainText('Teamleider Wmo');
  await expect(table).toContainText('Q1 2027');
  await expect(receiver.locator(`.werkplan-kenmerk[data-kenmerk="${LOW}"] .note-text`)).toHaveText('Afdelingen werken nog langs elkaar heen.');
  await expect(receiver.locator('.action-form').first()).toBeHidden();
  await other.close();
});

for (const lang of ['nl', 'en'] as const) {
  test(`context pages are reachable from every screen, terms link to the glossary, and axe is clean (${lang})`, async ({ page }) => {
    const t = lang === 'nl'
      ? { about: 'Over de scores', glossary: 'Begrippen', sources: 'Bronnen', noRanking: /rangorde|rangschik|beter of slechter|beter doet/i }
      : { about: 'About the scores', glossary: 'Glossary', sources: 'Sources', noRanking: /rank|better or worse|does better/i };
    await page.goto('./');
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    const nav = page.getByRole('navigation', { name: lang === 'nl' ? 'Hoofdmenu' : 'Main menu' });
    await nav.getByRole('link', { name: t.about }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.about);
    await expect(page.locator('main')).toContainText(t.noRanking);
    await expect(page.locator('main')).toContainText(lang === 'nl' ? '3,0' : '3.0');
    await expectNoAxeViolations(page);
    await nav.getByRole('link', { name: t.glossary }).click();
    await expect(page.locator('dl.glossary dt')).not.toHaveCount(0);
    await expectNoAxeViolations(page);
    await nav.getByRole('link', { name: t.sources }).click();
    await expect(page.locator('ol.publications > li')).toHaveCount(5);
    await expect(page.locator('main')).toContainText('Bondgenoten in de decentralisaties');
    await expectNoAxeViolations(page);

    // A term in the questionnaire links to its explanation.
    await nav.getByRole('link', { name: lang === 'nl' ? 'Mijn analyses' : 'My analyses' }).click();
    await createAnalysis(page, 'Begrippen', lang);
    const term = page.locator('main a.term').first();
    await expect(term).toBeVisible();
    const href = await term.getAttribute('href');
    await term.click();
    await expect(page.locator(`#term-${href!.split('/').pop()}`)).toBeFocused();
  });
}
