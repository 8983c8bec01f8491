import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, readBank } from './helpers';

/**
 * Issue 17, point 1: a follow-up measurement (herhaalmeting) of the same party, started from the
 * earlier one, shows what changed — both lines, the change per kenmerk in words and numbers, the
 * witte vlekken that came or went — and the link travels in the file.
 */
const bank = readBank();
const statements = bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements));

test('a follow-up started from an analysis, answered differently, shows both lines and what changed; export and import keep the link', async ({ page, browser, baseURL }) => {
  // The first measurement: everything 2 (every kenmerk a witte vlek).
  await page.goto('./#/nieuw');
  await page.getByLabel('Naam van uw organisatie of groep').fill('Gemeente Herhaal');
  await page.getByLabel('Naam van het bondgenootschap (niet verplicht)').fill('Sociaal domein Herhaal');
  await page.getByRole('button', { name: 'Beginnen met de vragen' }).click();
  await expect(page).toHaveURL(/#\/analyse\/an-[a-z0-9]+\/vragen\/1$/);
  const first = page.url().match(/analyse\/([a-z0-9-]+)\//)![1]!;
  for (let area = 0; area < bank.areas.length; area += 1) {
    await page.goto(`./#/analyse/${first}/vragen/${area + 1}`);
    for (const s of bank.areas[area]!.kenmerken.flatMap((k) => k.statements)) await page.locator(`input[name="${s.id}"][value="2"]`).check();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Alle antwoorden zijn opgeslagen' })).toBeVisible();
  await page.goto(`./#/analyse/${first}/resultaten`);

  // "Nieuwe meting": the same party, empty answers, linked.
  await page.getByRole('button', { name: 'Nieuwe meting' }).click();
  await expect(page.locator('#area-title')).toBeFocused();
  await expect(page).not.toHaveURL(new RegExp(first));
  const second = page.url().match(/analyse\/([a-z0-9-]+)\//)![1]!;
  expect(second).not.toBe(first);
  await expect(page.locator('input[type=radio]:checked')).toHaveCount(0); // never prefilled
  // The second measurement: area 1 now 4 (no longer witte vlekken), the rest 2.
  for (let area = 0; area < bank.areas.length; area += 1) {
    await page.goto(`./#/analyse/${second}/vragen/${area + 1}`);
    for (const s of bank.areas[area]!.kenmerken.flatMap((k) => k.statements)) await page.locator(`input[name="${s.id}"][value="${area === 0 ? 4 : 2}"]`).check();
  }
  await expect(page.getByRole('status').filter({ hasText: 'Alle antwoorden zijn opgeslagen' })).toBeVisible();
  await page.goto(`./#/analyse/${second}/resultaten`);
  await expect(page.locator('.results-meta')).toContainText('Gemeente Herhaal · Gemeente · Sociaal domein Herhaal');

  // Both lines, the legend says which date is which.
  await expect(page.locator('.chart-legend [data-mark="earlier"]')).toContainText('Meting van');
  await expect.poll(async () => JSON.parse((await page.locator('canvas').getAttribute('data-series')) ?? '[]').length).toBe(3);
  // What changed, per kenmerk, in words and numbers; the witte vlekken that went.
  const changes = page.locator('.changes');
  const io = bank.areas[0]!.kenmerken;
  await expect(changes.locator(`li[data-kenmerk="${io[0]!.id}"]`)).toContainText('2,0 hoger dan op');
  await expect(changes.locator(`li[data-kenmerk="${bank.areas[1]!.kenmerken[0]!.id}"]`)).toContainText('gelijk aan');
  await expect(changes).toContainText(`Geen witte vlek meer: ${io.map((k) => k.label.nl).join(', ')}.`);
  await expectNoAxeViolations(page);

  // Exported and imported on another device (both measurements in one file): the link is kept.
  await page.goto('./');
  for (const name of ['Gemeente Herhaal — Sociaal domein Herhaal']) {
    const boxes = page.getByRole('checkbox', { name: `${name} kiezen` });
    await expect(boxes).toHaveCount(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gekozen analyses exporteren' }).click();
  const path = await (await download).path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { results: { id: string; follows?: string }[] };
  expect(file.results.find((r) => r.id === second)?.follows).toBe(first);
  const other = await browser.newContext({ baseURL });
  const receiver = await other.newPage();
  await receiver.goto('./#/importeren');
  await receiver.getByLabel('Bestanden kiezen').setInputFiles(path);
  await expect(receiver.locator('.import-summary')).toContainText('2 resultaten toegevoegd');
  await receiver.goto(`./#/analyse/${second}/resultaten`);
  await expect(receiver.locator('.changes')).toBeVisible();
  await other.close();
  expect(statements.length).toBeGreaterThan(17);
});
