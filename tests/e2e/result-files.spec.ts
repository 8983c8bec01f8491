import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { expectSaved, readBank } from './helpers';

const bank = readBank();
const dir = mkdtempSync(join(tmpdir(), 'bg-files-'));
const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
const io = bank.areas[0]!.kenmerken;
const ma = bank.areas[1]!.kenmerken;

/** Three parties: a gemeente rates everything 4; an instelling rates the interne organisatie 2; citizens rate it 5 and the maatschappelijke agenda 3. */
const PARTIES = [
  { name: 'Gemeente Oost', role: 'Gemeente', areas: { 0: 4, 1: 4, 2: 4, 3: 4 } as Record<number, number> },
  { name: 'Welzijn Oost', role: 'Maatschappelijke instelling', areas: { 0: 2 } as Record<number, number> },
  { name: 'Bewonersraad Oost', role: 'Bewoners- of cliëntenorganisatie', areas: { 0: 5, 1: 3 } as Record<number, number> },
];

async function makeParty(page: Page, party: (typeof PARTIES)[number]): Promise<string> {
  await page.goto('./#/nieuw');
  await page.getByLabel('Naam van uw organisatie of groep').fill(party.name);
  await page.getByRole('radio', { name: party.role }).check();
  await page.getByLabel('Naam van het bondgenootschap (niet verplicht)').fill('Sociaal domein Oost');
  await page.getByRole('button', { name: 'Beginnen met de vragen' }).click();
  await expect(page.locator('#area-title')).toBeVisible();
  for (const [area, value] of Object.entries(party.areas)) {
    await page.goto(page.url().replace(/vragen\/\d+$/, `vragen/${Number(area) + 1}`));
    await expect(page.locator('#area-title')).toContainText(bank.areas[Number(area)]!.label.nl);
    for (const s of bank.areas[Number(area)]!.kenmerken.flatMap((k) => k.statements)) await page.locator(`input[name="${s.id}"][value="${value}"]`).check();
    await expectSaved(page);
  }
  await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Opslaan als bestand (.json)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^bondgenoten-sociaal-domein-oost-[a-z-]+-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.locator('.save-note')).toHaveText(`Opgeslagen: ${file.suggestedFilename()}`);
  return path;
}

/** Drops files on the window, as a user dragging them from the file manager does. */
async function dropFiles(page: Page, files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, files);
}

let files: string[] = [];

test.describe.serial('result files', () => {
  test('three parties make and export their analyses; the list then says they are exported', async ({ page }) => {
    files = [];
    for (const party of PARTIES) files.push(await makeParty(page, party));
    const one = JSON.parse(readFileSync(files[0]!, 'utf8'));
    expect(one).toMatchObject({ type: 'bondgenoten-zelfanalyse/results', formatVersion: 1, results: [{ party: { name: 'Gemeente Oost', role: 'gemeente' } }] });
    expect(one.results[0].scores).toBeUndefined(); // files carry answers, never scores
    await page.goto('./');
    await expect(page.locator('.export-state.exported')).toHaveCount(3);
  });

  test('a fresh profile imports them by picker and drag-and-drop and compares the three perspectives', async ({ page }) => {
    await page.goto('./#/importeren');
    await page.getByLabel('Bestanden kiezen').setInputFiles(files.slice(0, 2));
    const summary = page.locator('.import-summary');
    await expect(summary.locator('li.accepted')).toHaveCount(2);
    await expect(summary).toContainText('1 resultaat toegevoegd');

    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe sterk is uw lokale bondgenootschap?'); // the app is running
    await dropFiles(page, [{ name: 'derde.json', text: readFileSync(files[2]!, 'utf8') }]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten importeren');
    await expect(page.locator('.import-summary li[data-file="derde.json"]')).toContainText('1 resultaat toegevoegd');
    // The same file again: already present, nothing doubled.
    await dropFiles(page, [{ name: 'nogmaals.json', text: readFileSync(files[0]!, 'utf8') }]);
    await expect(page.locator('.import-summary li[data-file="nogmaals.json"]')).toContainText('1 resultaat stond er al');

    await page.goto('./');
    await expect(page.locator('.analysis-item')).toHaveCount(3);
    for (const name of PARTIES.map((p) => p.name)) await page.getByRole('checkbox', { name: `${name} — Sociaal domein Oost kiezen` }).check();
    await page.getByRole('link', { name: 'Gekozen analyses vergelijken' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Perspectieven vergelijken');

    // Columns follow the parties' fixed order (no ranking); read it from the header once it is there.
    await expect(page.locator('.compare-table thead th')).toHaveCount(2 + PARTIES.length + 4);
    const headers = await page.locator('.compare-table thead th').allTextContents();
    const order = PARTIES.map((p) => headers.indexOf(p.name) - 2);
    const cells = (byParty: string[], rest: string[]) => [...order.map((_, col) => byParty[order.indexOf(col)]!), ...rest];
    // The table: each interne-organisatie kenmerk 4 / 2 / 5 → mean 3,7, min 2,0, max 5,0, range 3,0.
    for (const k of io) {
      await expect(page.locator(`.compare-table tr[data-kenmerk="${k.id}"] td.score`)).toHaveText(cells(['4,0', '2,0', '5,0'], ['3,7', '2,0', '5,0', '3,0']));
    }
    for (const k of ma) {
      await expect(page.locator(`.compare-table tr[data-kenmerk="${k.id}"] td.score`)).toHaveText(cells(['4,0', '—', '3,0'], ['3,5 (over 2 van 3)', '3,0', '4,0', '1,0']));
    }
    const last = kenmerken.at(-1)!;
    await expect(page.locator(`.compare-table tr[data-kenmerk="${last.id}"] td.score`)).toHaveText(cells(['4,0', '—', '—'], ['4,0 (over 1 van 3)', '4,0', '4,0', '—']));
    // Verschil van inzicht: exactly the interne-organisatie kenmerken, in bank order (equal ranges).
    await expect(page.locator('.verschillen li')).toHaveCount(io.length);
    await expect(page.locator('.verschillen li').first()).toHaveAttribute('data-kenmerk', io[0]!.id);
    // One line per party, toggleable; a party can be hidden and shown again.
    const toggle = page.locator('.party-toggles').getByRole('checkbox', { name: /Welzijn Oost/ });
    await toggle.uncheck();
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    await expect(page.locator('canvas')).toBeVisible();

    // The CSV holds the same numbers, for Dutch Excel.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Scores als CSV (Excel)' }).click();
    const csvPath = join(dir, 'scores.csv');
    await (await download).saveAs(csvPath);
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`Interne organisatie;${io[0]!.label.nl};${cells(['4,0', '2,0', '5,0'], ['3,7', '2,0', '5,0', '3,0']).join(';')}\r\n`);
    // The print view shows the diagram and the table, without the app's chrome.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    await expect(page.locator('canvas')).toBeVisible();
    await expect(page.locator(`.compare-table tr[data-kenmerk="${io[0]!.id}"] td.mean`)).toHaveText('3,7');
  });

  test('a hostile file is refused with a reason and changes nothing; a changed file asks before replacing', async ({ page }) => {
    await page.goto('./#/importeren');
    await page.getByLabel('Bestanden kiezen').setInputFiles(files);
    await expect(page.locator('.import-summary li.accepted')).toHaveCount(3);
    await page.goto('./#/importeren');
    const hostile = join(dir, 'kwaadaardig.json');
    writeFileSync(hostile, readFileSync(files[0]!, 'utf8').replace('"answers": {', '"answers": { "__proto__": { "polluted": 1 },'));
    await page.getByLabel('Bestanden kiezen').setInputFiles(hostile);
    await expect(page.locator('.import-summary li.rejected')).toContainText('het antwoord op stelling __proto__ hoort niet bij deze versie van de vragenlijst');
    await expect(page.locator('.import-summary li.rejected')).toContainText('Er is niets veranderd.');
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();

    // Same result id, other content: the user chooses; "keep both" keeps the local one untouched.
    const changed = join(dir, 'gewijzigd.json');
    const original = JSON.parse(readFileSync(files[0]!, 'utf8'));
    original.results[0].answers[io[0]!.statements[0]!.id] = 1;
    original.results[0].updatedAt = new Date().toISOString();
    writeFileSync(changed, JSON.stringify(original));
    await page.goto('./#/importeren');
    await page.getByLabel('Bestanden kiezen').setInputFiles(changed);
    await expect(page.getByRole('heading', { name: 'Deze resultaten staan hier al, met andere inhoud' })).toBeVisible();
    await page.getByRole('radio', { name: 'Beide houden' }).check();
    await page.getByRole('button', { name: 'Import afronden' }).click();
    await expect(page.locator('.import-summary')).toContainText('1 resultaat met andere inhoud');
    await page.goto('./');
    await expect(page.locator('.analysis-item')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: /Gemeente Oost .*\(kopie\)/ })).toBeVisible();
  });

  test('a share link carries one result in its #fragment and imports on another device', async ({ page, context, baseURL }) => {
    await page.goto('./#/importeren');
    await page.getByLabel('Bestanden kiezen').setInputFiles(files[1]!);
    await page.getByRole('link', { name: 'Deze resultaten vergelijken' }).click();
    await page.goto('./');
    await page.getByRole('link', { name: 'Resultaten: Welzijn Oost — Sociaal domein Oost' }).click();
    await page.getByRole('button', { name: 'Deellink maken' }).click();
    const link = await page.getByLabel('Deellink').inputValue();
    expect(link.startsWith(`${baseURL}#/ontvang/`)).toBe(true);

    const other = await context.browser()!.newContext({ baseURL });
    const receiver = await other.newPage();
    const requests: string[] = [];
    receiver.on('request', (r) => requests.push(r.url()));
    await receiver.goto(link);
    await expect(receiver.locator('.import-summary')).toContainText('1 resultaat toegevoegd');
    await expect(receiver).toHaveURL(/#\/importeren$/); // the data leaves the address bar
    expect(requests.some((u) => u.includes('ontvang'))).toBe(false); // the fragment never reaches the server
    await other.close();
  });
});
