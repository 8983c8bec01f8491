import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { createAnalysis, expectNoAxeViolations, expectSaved } from './helpers';

/**
 * Issue 14: one analysis's output as people use it — the answer at the top of the results screen,
 * a diagram that tells no lies and whose labels never overlap, and a one-page A4 summary.
 * The fixture (bank 2.0.0) has low witte vlekken, an onbekend kenmerk answered only "weet ik niet"
 * (io-instellingen: no point can be drawn) and one left open (va-vernieuwing).
 */
const RESULTS = './#/analyse/an-7k2m9q4x8c1v5b3n6z0p/resultaten';

async function openResults(page: Page): Promise<void> {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles('tests/fixtures/files/v2-one-result.json');
  await expect(page.locator('.import-summary')).toContainText('1 resultaat toegevoegd');
  await page.goto(RESULTS);
  await expect(page.locator('canvas[data-label-boxes]')).toBeVisible();
}

/** The axis-label boxes the chart drew, and every pair that touches. */
async function labelClashes(page: Page): Promise<{ count: number; clashes: string[] }> {
  const boxes = JSON.parse((await page.locator('canvas[data-label-boxes]').getAttribute('data-label-boxes')) ?? '[]') as number[][];
  const clashes: string[] = [];
  boxes.forEach((a, i) =>
    boxes.forEach((b, j) => {
      if (j > i && a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!) clashes.push(`${i + 1}×${j + 1}`);
    }),
  );
  return { count: boxes.length, clashes };
}

test('the results screen leads with the answer: diagram, legend and area means in the first laptop screen', async ({ page }) => {
  await openResults(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('.results-meta')).toContainText('Gemeente Hengelo · Gemeente · Sociaal domein Hengelo');
  await expect(page.locator('.results-meta')).toContainText('59 van 62 stellingen beantwoord');
  for (const selector of ['canvas', '.chart-legend', '.area-summary']) {
    const box = (await page.locator(selector).first().boundingBox())!;
    expect(box.y + box.height, `${selector} ends inside the first 768 px`).toBeLessThanOrEqual(768);
  }
  await expect(page.locator('.area-chip')).toHaveCount(4);
  // Directly below: the witte vlekken, compact, with why; then the actions; advice folded per witte vlek.
  await expect(page.locator('.witte-vlek[data-kenmerk="io-instellingen"]')).toContainText('onbekend');
  await expect(page.locator('.witte-vlek[data-kenmerk="io-instellingen"]')).toContainText('‘weet ik niet’');
  await expect(page.locator('.witte-vlek.is-laag').first()).toContainText('score onder de grens van 3,0');
  await expect(page.locator('.agreed-actions')).toBeVisible();
  await expect(page.locator('.wv-details').first()).not.toHaveAttribute('open');
  await expect(page.locator('table.score-table')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the diagram tells no lies: the legend shows every mark that appears, gaps are named, labels never overlap', async ({ page }) => {
  await openResults(page);
  const legend = page.locator('.chart-legend');
  await expect(legend.locator('[data-mark="laag"]')).toBeVisible();
  await expect(legend.locator('[data-mark="gap"]')).toBeVisible();
  // io-instellingen has only "weet ik niet": no diamond can be drawn, so the legend has none; its axis says (onbekend).
  await expect(legend.locator('[data-mark="onbekend"]')).toHaveCount(0);
  const table = page.locator('table.score-table');
  await expect(table.locator('tr[data-kenmerk="io-instellingen"]')).toContainText('onbekend');
  await expect(table.locator('tr[data-kenmerk="va-vernieuwing"]')).toContainText('Nog geen score');

  for (const [width, height] of [[1366, 768], [390, 844], [794, 1123], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await expect.poll(async () => (await labelClashes(page)).clashes, { message: `labels at ${width}×${height}` }).toEqual([]);
    expect((await labelClashes(page)).count).toBe(17);
  }
  // On a phone the axes are numbered, with a key below the chart that does not overlap it.
  await page.setViewportSize({ width: 390, height: 844 });
  const key = page.locator('.axis-key');
  await expect(key).toBeVisible();
  const [canvasBox, keyBox] = [(await page.locator('canvas').boundingBox())!, (await key.boundingBox())!];
  expect(keyBox.y).toBeGreaterThanOrEqual(canvasBox.y + canvasBox.height - 1);
  await expect(page.locator('.table-hint')).toBeVisible();
});

test('the diagram settles once drawn: when its names give way to numbers, the chart is not drawn again and again', async ({ page }) => {
  await page.goto('./');
  await createAnalysis(page, 'Eén antwoord');
  await page.locator('fieldset.statement input[value="2"]').first().check();
  await expectSaved(page);
  await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
  await expect(page.locator('canvas[data-label-boxes]')).toBeVisible();
  // Every kenmerk but one says "(geen score)": the names are too long and give way to numbers with a key.
  await expect(page.locator('.axis-key')).toBeVisible();
  const changes = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let count = 0;
        const observer = new MutationObserver((list) => (count += list.length));
        observer.observe(document.querySelector('.radar')!, { subtree: true, childList: true, attributes: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(count);
        }, 1500);
      }),
  );
  expect(changes, 'changes to the diagram in 1.5 s after it settled').toBe(0);
});

test('print: page 1 is a self-contained summary, the appendix starts on page 2, nothing clickable is printed', async ({ page }) => {
  await openResults(page);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 680, height: 1009 }); // A4 inside 15 mm margins, at 96 dpi
  await expect.poll(async () => (await labelClashes(page)).clashes).toEqual([]);
  // Everything of the summary is printed and ends within the first page's height.
  for (const selector of ['.results-meta', 'canvas', '.chart-legend', '.area-summary', '.witte-vlekken', '.agreed-actions']) {
    const box = (await page.locator(selector).first().boundingBox())!;
    expect(box.height, selector).toBeGreaterThan(0);
    expect(box.y + box.height, `${selector} fits page 1`).toBeLessThanOrEqual(1009);
  }
  expect(await page.locator('.results .appendix').evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  for (const selector of ['.app-header', '.export-panel', '.results .actions', '.results-meta a']) {
    for (const el of await page.locator(selector).all()) expect(await el.isVisible(), selector).toBe(false);
  }
  // The advice folded on screen is printed in the appendix.
  await expect(page.locator('.wv-details .advice').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  const pdf = await page.pdf({ format: 'A4' });
  const text = pdf.toString('latin1');
  expect(text.match(/\/Subtype\s*\/Link/g) ?? [], 'link annotations in the PDF').toEqual([]);
  expect((text.match(/\/Type\s*\/Page\b/g) ?? []).length, 'pages').toBeGreaterThanOrEqual(2);
  // After printing the links work again.
  await expect(page.locator('.results-meta a')).toHaveAttribute('href', /#\/analyse\//);
});

test('the picture carries its data: the PNG re-imports in a fresh profile with the same scores; a PNG from elsewhere is refused', async ({ page, browser }) => {
  await openResults(page);
  const scoresHere = await page.locator('table.score-table td.score').allTextContents();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Plaatje opslaan (PNG)' }).click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const path = await png.path();

  const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const other = await fresh.newPage();
  await other.goto('./#/importeren');
  await other.getByLabel('Bestanden kiezen').setInputFiles(path);
  await expect(other.locator('.import-summary')).toContainText('1 resultaat toegevoegd');
  await other.goto(RESULTS);
  await expect(other.locator('table.score-table td.score')).toHaveText(scoresHere);
  // The picture itself: 2× pixels (IHDR width), more than the bare chart (title, legend, area means around it).
  const bytes = (await import('node:fs')).readFileSync(path);
  expect(bytes.readUInt32BE(16), 'width in pixels').toBeGreaterThanOrEqual(1600);

  // Any other PNG is refused with a reason, and changes nothing.
  await other.goto('./#/importeren');
  await other.getByLabel('Bestanden kiezen').setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: await other.locator('body').screenshot() });
  await expect(other.locator('.import-summary')).toContainText('Dit plaatje bevat geen resultaat van de zelfanalyse');
  await fresh.close();
});

test('CSV for Dutch Excel: one analysis gives score, witte vlek and counts per kenmerk and the area means; formula-like names come out as text', async ({ page }) => {
  await page.goto('./#/importeren');
  const file = JSON.parse((await import('node:fs')).readFileSync('tests/fixtures/files/v2-one-result.json', 'utf8'));
  file.results[0].party.name = '=HYPERLINK("http://x")';
  file.results[0].name = '=HYPERLINK("http://x")';
  await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'formule.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('.import-summary')).toContainText('1 resultaat toegevoegd');
  await page.goto(RESULTS);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Scores als CSV (Excel)' }).click();
  const csv = (await import('node:fs')).readFileSync(await (await download).path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const rows = csv.slice(1).trimEnd().split('\r\n').map((r) => r.split(';'));
  expect(rows[0]).toEqual(['Analysegebied', 'Kenmerk', 'Score', 'Witte vlek', 'Beoordeelde stellingen', 'Aantal keer ‘weet ik niet’']);
  const byKenmerk = new Map(rows.slice(1, 18).map((r) => [r[1], r]));
  expect(byKenmerk.get('Verbinding tussen de instellingen')?.slice(2)).toEqual(['', 'onbekend', '0', '4']);
  expect(byKenmerk.get('Concreetheid')?.[3]).toBe('ja');
  expect(byKenmerk.get('Practice what you preach')?.[3]).toBe('nee');
  expect(csv).toContain('Gemiddelde van het analysegebied');
  expect(csv).toMatch(/Interne organisatie;3,6/);
  expect(csv).not.toMatch(/;Laagste|;Hoogste|;Spreiding/);
  // The name that looks like a formula is written as text, never as something Excel would run.
  expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  expect(rows.flat().filter((cell) => /^[=+@]/.test(cell))).toEqual([]);
});

test('werkplan: "Notitie of actie toevoegen" opens the werkplan at that kenmerk, and adding an action says so', async ({ page }) => {
  await openResults(page);
  const details = page.locator('.wv-details[data-kenmerk="ua-burgers"]');
  await details.locator(':scope > summary').click();
  await details.getByRole('link', { name: 'Notitie of actie toevoegen in het werkplan' }).click();
  await expect(page).toHaveURL(/#\/analyse\/an-7k2m9q4x8c1v5b3n6z0p\/werkplan\/ua-burgers$/);
  const heading = page.locator('#wpk-ua-burgers');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const section = page.locator('.werkplan-kenmerk[data-kenmerk="ua-burgers"]');
  await section.getByLabel('Wat').fill('Bewonersavond over de uitvoering');
  await section.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(section.locator('.action-added')).toContainText(/Actie toegevoegd: \u2068?Bewonersavond over de uitvoering/);
  await expectNoAxeViolations(page);
  // Printed, the werkplan has no empty "Notitie bij …" sections.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.werkplan-kenmerk.is-empty').first()).toBeHidden();
});
