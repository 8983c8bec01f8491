import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { shown } from './helpers';

/**
 * A device that used the app when it stored schema version 2 (answers inside each analysis record)
 * opens the current app: the real version-2 database in tests/fixtures/storage/db-v2.json, made by
 * the app at commit 48888a3 (see the README there), is written with the raw IndexedDB API before
 * the app first opens it. The app upgrades it and shows every analysis, answer, action and werkplaats.
 */

interface StoreSchema {
  keyPath: string | string[];
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}
interface StoredAction {
  id: string;
  kenmerkId: string;
  what: string;
  who: string;
  when: string;
}
interface StoredAnalysis {
  id: string;
  name: string;
  party: { name: string; role: string };
  answers: Record<string, number | 'unknown'>;
  notes: Record<string, string>;
  actions: StoredAction[];
  importedAt?: string;
}
interface StoredWorkshop {
  id: string;
  name: string;
  resultIds: string[];
  actions: StoredAction[];
}
interface V2Dump {
  name: string;
  version: number;
  schema: Record<string, StoreSchema>;
  stores: { analyses: StoredAnalysis[]; workshops: StoredWorkshop[] };
}

const v2 = JSON.parse(readFileSync(new URL('../fixtures/storage/db-v2.json', import.meta.url), 'utf8')) as V2Dump;

/** The current bank, with what the tests need to know which version-1.0.0 answers still count. */
interface Bank {
  version: string;
  previousVersion?: string;
  areas: { kenmerken: { id: string; statements: { id: string; carriedOver?: { except: string[] } }[] }[] }[];
}
const bank = JSON.parse(readFileSync(new URL('../../questions/bondgenoten.json', import.meta.url), 'utf8')) as Bank;
const kenmerken = bank.areas.flatMap((a) => a.kenmerken);

/** Whether an answer given with bank 1.0.0 by this role still counts in the current bank. */
function counts(statementId: string, role: string): boolean {
  const statement = kenmerken.flatMap((k) => k.statements).find((s) => s.id === statementId);
  return Boolean(statement?.carriedOver && !statement.carriedOver.except.includes(role));
}

const byName = (name: string) => v2.stores.analyses.find((a) => a.party.name === name)!;
const gemeente = byName('Gemeente Oosterveld');
const wmoRaad = byName('Wmo-raad Oosterveld');
const werkplaats = v2.stores.workshops.find((w) => w.actions.length > 0)!;

test('a version-2 database from an earlier app opens with every analysis, answer, action and werkplaats', async ({ page }) => {
  // A same-origin page that does not start the app: the database is written before the app opens it.
  await page.goto('./manifest.webmanifest');
  await page.evaluate(async (dump: V2Dump) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dump.name, dump.version);
      request.onupgradeneeded = () => {
        for (const [name, schema] of Object.entries(dump.schema)) {
          const store = request.result.createObjectStore(name, { keyPath: schema.keyPath, autoIncrement: schema.autoIncrement });
          for (const index of schema.indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const names = Object.keys(dump.stores);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) for (const record of dump.stores[name as keyof V2Dump['stores']]) tx.objectStore(name).put(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    });
    db.close();
  }, v2);

  // The start screen lists every analysis and every werkplaats of the old database.
  await page.goto('./');
  const items = page.locator('.analysis-item');
  await expect(items).toHaveCount(v2.stores.analyses.length);
  for (const a of v2.stores.analyses) {
    const item = items.filter({ has: page.locator('.analysis-name', { hasText: a.name }) });
    await expect(item).toHaveCount(1);
    if (a.importedAt) await expect(item.locator('.meta')).toContainText('geïmporteerd');
  }
  const workshopList = page.locator('.workshop-list');
  for (const w of v2.stores.workshops) {
    await expect(workshopList.getByRole('link', { name: w.name })).toBeVisible();
  }
  await expect(workshopList.locator('li', { hasText: werkplaats.name })).toContainText(`${werkplaats.resultIds.length} resultaten · ${werkplaats.actions.length} acties`);

  // The gemeente's results: every answer that still counts is scored (numbers and "weet ik niet"),
  // the others are named as kept from version 1.0.0; its werkplan action is listed.
  await page.getByRole('link', { name: `Resultaten: ${gemeente.name}` }).click();
  await expect(page.locator('#results-title')).toBeVisible();
  for (const kenmerk of kenmerken) {
    const given = kenmerk.statements.filter((s) => s.id in gemeente.answers && counts(s.id, gemeente.party.role)).map((s) => gemeente.answers[s.id]!);
    const rated = given.filter((v): v is number => typeof v === 'number');
    const score = rated.length ? rated.reduce((x, y) => x + y, 0) / rated.length : null;
    const row = page.locator(`table.score-table tr[data-kenmerk="${kenmerk.id}"]`);
    await expect(row.locator('td.score'), kenmerk.id).toHaveText(shown(score, 'nl'));
    await expect(row, kenmerk.id).toContainText(`${rated.length} beoordeeld, ${given.length - rated.length} weet ik niet, van ${kenmerk.statements.length}`);
  }
  const kept = Object.keys(gemeente.answers).filter((id) => !counts(id, gemeente.party.role)).length;
  await expect(page.locator('.earlier-answers')).toContainText(`${kept} antwoorden zijn gegeven bij versie 1.0.0 van de vragenlijst`);
  for (const action of gemeente.actions) await expect(page.locator('.agreed-actions')).toContainText(action.what);

  // Its werkplan: the notes and the action.
  await page.goto(`./#/analyse/${gemeente.id}/werkplan`);
  for (const [kenmerkId, note] of Object.entries(gemeente.notes)) await expect(page.locator(`#note-${kenmerkId}`)).toHaveValue(note);
  for (const action of gemeente.actions) await expect(page.locator('.action-table')).toContainText(action.what);

  // The Wmo-raad answered with a wording for its role that changed: nothing is scored, nothing is lost.
  await page.goto('./');
  await page.getByRole('link', { name: `Resultaten: ${wmoRaad.name}` }).click();
  const wmoKept = Object.keys(wmoRaad.answers).filter((id) => !counts(id, wmoRaad.party.role)).length;
  expect(wmoKept).toBeGreaterThan(0);
  await expect(page.locator('.earlier-answers')).toContainText(`${wmoKept} antwoorden zijn gegeven bij versie 1.0.0 van de vragenlijst`);
  for (const action of wmoRaad.actions) await expect(page.locator('.agreed-actions')).toContainText(action.what);

  // The werkplaats: its results are all here and its agreed actions are shown.
  await page.goto('./');
  await page.locator('.workshop-list').getByRole('link', { name: werkplaats.name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(werkplaats.name);
  await expect(page.getByText(/van deze werkplaats sta(at|an) niet op dit apparaat/)).toHaveCount(0);
  const agreed = page.locator('.agreed .action-table tbody tr');
  await expect(agreed).toHaveCount(werkplaats.actions.length);
  for (const action of werkplaats.actions) {
    const row = agreed.filter({ hasText: action.what });
    await expect(row).toHaveCount(1);
    if (action.who) await expect(row).toContainText(action.who);
    if (action.when) await expect(row).toContainText(action.when);
  }
  for (const id of werkplaats.resultIds) {
    const party = v2.stores.analyses.find((a) => a.id === id)!.party.name;
    await expect(page.locator('.compare-table thead th').filter({ hasText: party })).toHaveCount(1);
  }
});
