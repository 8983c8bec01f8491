import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { partyFiles as makePartyFiles } from './support/partyFiles';

/**
 * Issue 15: the workshop as it goes in the room — five parties, one of which answered almost
 * everything "weet ik niet"; the agenda drives the slides, not-knowing is visible, one legend,
 * the place survives a reload, and nothing hides under the key bar on common projector sizes.
 */
const NAMES = ['Gemeente Rivierstad', 'Welzijn Rivierstad', 'Zorggroep De Brug', 'Wmo-raad Rivierstad', 'Jeugdhulp Rivier'];
const ROLES = ['gemeente', 'instelling', 'instelling', 'burger', 'instelling'];

/** Five parties; the fourth (the Wmo-raad) answered almost everything "weet ik niet". */
const partyFiles = () =>
  makePartyFiles(
    NAMES.map((name, i) => ({
      name,
      role: ROLES[i]!,
      id: `an-room${i}aaaaaaaaaaaaaaaa`,
      createdAt: `2026-03-0${i + 1}T09:00:00.000Z`,
      answer: (v: number | string, j: number) => (i === 3 && j % 5 !== 0 ? 'unknown' : typeof v === 'number' ? ((v + i) % 5) + 1 : v),
    })),
    'bg-room-',
  );

async function makeWerkplaats(page: Page): Promise<void> {
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles(partyFiles());
  await expect(page.locator('.import-summary li.accepted')).toHaveCount(5);
  await page.goto('./');
  for (const name of NAMES) await page.getByRole('checkbox', { name: new RegExp(`^${name}.* kiezen$`) }).check();
  await page.getByLabel('Naam van de werkplaats').fill('Werkplaats Rivierstad');
  await page.getByRole('button', { name: 'Werkplaats maken met deze resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werkplaats Rivierstad');
}

/** The top of the key bar: nothing that must be read may be below it. */
const keyBarTop = (page: Page) => page.locator('.present-keys').evaluate((el) => el.getBoundingClientRect().top);

for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768]] as const) {
  test(`every slide at ${width}×${height}: starts at its top, title and every party's score above the key bar`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await makeWerkplaats(page);
    await page.getByRole('link', { name: 'Presenteren' }).click();
    const where = page.locator('.present-where');
    await expect(where).toContainText('Stap 1 van 24');
    for (let n = 1; n <= 24; n += 1) {
      await expect(where).toContainText(`Stap ${n} van 24`);
      expect(await page.evaluate(() => window.scrollY), `scroll on arrival at step ${n}`).toBe(0);
      const bar = await keyBarTop(page);
      const title = (await page.locator('.presentation h1').boundingBox())!;
      expect(title.y, `title of step ${n}`).toBeGreaterThanOrEqual(0);
      expect(title.y + title.height, `title of step ${n}`).toBeLessThanOrEqual(bar);
      if ((await page.locator('.present-kenmerk').count()) > 0) {
        const cells = page.locator('.present-scores td.score');
        await expect(cells).toHaveCount(5);
        for (const box of await cells.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().bottom))) expect(box, `scores of step ${n}`).toBeLessThanOrEqual(bar);
        const spread = (await page.locator('.present-spread').boundingBox())!;
        expect(spread.y + spread.height, `spread of step ${n}`).toBeLessThanOrEqual(bar);
      }
      if (n < 24) await page.keyboard.press('ArrowRight');
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afgesproken acties');
  });
}

test('the agenda drives the slides, not-knowing is shown, one legend, and the place survives a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await makeWerkplaats(page);
  await page.getByRole('link', { name: 'Presenteren' }).click();

  // One legend: its entries are exactly the series the chart draws, with their dash and marker.
  await expect(page.locator('canvas[data-series]')).toHaveCount(1);
  const drawn = JSON.parse((await page.locator('canvas').getAttribute('data-series')) ?? '[]') as { label: string; dash: string; point: string }[];
  const legend = await page.locator('.present-legend [data-series-label]').evaluateAll((items) =>
    items.map((li) => {
      const svg = li.querySelector('svg');
      return { label: li.getAttribute('data-series-label') ?? '', dash: svg?.getAttribute('data-dash') ?? '', point: svg?.getAttribute('data-point') ?? '' };
    }),
  );
  expect(drawn.length).toBe(7); // five parties, the band, the mean
  expect([...legend].sort((a, b) => a.label.localeCompare(b.label))).toEqual([...drawn].sort((a, b) => a.label.localeCompare(b.label)));
  await expect(page.locator('.present-legend-box')).toContainText('5 van 5 partijen zichtbaar');

  // The agenda: verschillen, largest range first, then what two or more parties do not know; each item opens its slide.
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('De agenda voor het gesprek');
  const items = await page.locator('.agenda-item').allTextContents();
  expect(items.length).toBeGreaterThan(0);
  const ranges = items.map((t) => /spreiding (\d,\d)/.exec(t)?.[1]).filter(Boolean).map((r) => Number(r!.replace(',', '.')));
  expect([...ranges].sort((a, b) => b - a)).toEqual(ranges);
  const firstOnbekend = items.findIndex((t) => /weten het niet|weet het niet/.test(t) && !/spreiding/.test(t));
  if (firstOnbekend >= 0) expect(items.slice(firstOnbekend).every((t) => !/spreiding/.test(t))).toBe(true);
  await expectNoAxeViolations(page);
  const second = page.locator('.present-agenda li').nth(1);
  const kenmerk = await second.getAttribute('data-kenmerk');
  await second.getByRole('button').click();
  await expect(page.locator('.present-where')).toContainText('Stap 8 van 24 · op de agenda');

  // The Wmo-raad mostly did not know: labelled onbekend, with how often, and left out of mean and range.
  const row = page.locator(`.present-scores tr[data-party="an-room3aaaaaaaaaaaaaaaa"]`);
  if ((await row.getAttribute('class'))?.includes('is-onbekend')) {
    await expect(row).toContainText('onbekend');
    await expect(row).toContainText(/\d van \d weet ik niet/);
    await expect(page.locator('.present-spread')).toContainText('over 4 van 5 partijen');
  }
  // S: the statements with each party's answer, "weet ik niet" included.
  await page.keyboard.press('s');
  await expect(page.locator('.present-statements')).toBeVisible();
  await expect(page.locator('.present-statements')).toContainText('weet ik niet');
  await expectNoAxeViolations(page);
  expect(kenmerk).toBeTruthy();

  // Names hidden, then the tab is reloaded: the app offers to go on at the same step, names still hidden.
  await page.keyboard.press('n');
  await page.keyboard.press('2'); // and one party hidden
  await expect(page.locator('.present-where')).toContainText('4 van 5 partijen zichtbaar');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verder waar u was?');
  await expect(page.locator('.present-resume')).toContainText('druk op F');
  await page.getByRole('button', { name: 'Verder bij die stap' }).click();
  await expect(page.locator('.present-where')).toContainText('Stap 8 van 24');
  await expect(page.locator('.present-where')).toContainText('4 van 5 partijen zichtbaar');
  const text = await page.locator('body').innerText();
  for (const name of NAMES) expect(text).not.toContain(name);
});

test('an anonymous werkplaats export, imported beside the originals, adds new results with no names and asks nothing', async ({ page }) => {
  await makeWerkplaats(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporteren zonder namen' }).click();
  const path = await (await download).path();
  const content = readFileSync(path, 'utf8');
  for (const name of NAMES) expect(content).not.toContain(name);
  for (let i = 0; i < 5; i += 1) expect(content).not.toContain(`an-room${i}`);
  expect(content).not.toContain('"level"');
  await page.goto('./#/importeren');
  await page.getByLabel('Bestanden kiezen').setInputFiles(path);
  await expect(page.locator('.import-summary')).toContainText('5 resultaten toegevoegd');
  await expect(page.locator('.conflicts')).toHaveCount(0);
  await page.goto('./');
  await expect(page.locator('.analysis-item')).toHaveCount(10);
});
