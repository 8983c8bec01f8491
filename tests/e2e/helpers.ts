import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The bank as the tests read it (straight from the file, not through the app's code). */
export interface TestBank {
  areas: { id: string; label: { nl: string; en: string }; kenmerken: { id: string; label: { nl: string; en: string }; statements: { id: string; text: { nl: string; en: string } }[] }[] }[];
}

/** Reads questions/bondgenoten.json. */
export function readBank(): TestBank {
  return JSON.parse(readFileSync(new URL('../../questions/bondgenoten.json', import.meta.url), 'utf8')) as TestBank;
}

/** An answer the tests give: a scale value or "weet ik niet". */
export type TestAnswer = number | 'unknown';

/**
 * The known pattern of answers used by the journeys: statement j of kenmerk k gets ((k + j) % 5) + 1,
 * except kenmerk 3 (all "weet ik niet" but one: onbekend) and kenmerk 6 (all 1 and 2: a low score).
 */
export function patternAnswer(kenmerkIndex: number, statementIndex: number): TestAnswer {
  if (kenmerkIndex === 3) return statementIndex === 0 ? 4 : 'unknown';
  if (kenmerkIndex === 6) return statementIndex === 0 ? 1 : 2;
  return ((kenmerkIndex + statementIndex) % 5) + 1;
}

/** The expected mean per kenmerk for the pattern, computed here on its own terms. */
export function expectedScores(bank: TestBank): { id: string; score: number | null; witteVlek: boolean }[] {
  const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
  return kenmerken.map((k, ki) => {
    const answers = k.statements.map((_, si) => patternAnswer(ki, si));
    const rated = answers.filter((a): a is number => typeof a === 'number');
    const unknown = answers.length - rated.length;
    const score = rated.length ? rated.reduce((x, y) => x + y, 0) / rated.length : null;
    const witteVlek = unknown / answers.length >= 0.5 || (score !== null && score < 3);
    return { id: k.id, score, witteVlek };
  });
}

/** "3,5" or "3.5": one decimal, as the app shows it. */
export function shown(score: number | null, lang: 'nl' | 'en'): string {
  if (score === null) return lang === 'nl' ? 'geen score' : 'no score';
  const s = (Math.round(score * 10) / 10).toFixed(1);
  return lang === 'nl' ? s.replace('.', ',') : s;
}

/** Creates an analysis through the form. */
export async function createAnalysis(page: Page, name: string, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  const t = lang === 'nl'
    ? { start: 'Nieuwe analyse starten', name: 'Naam van uw organisatie of groep', go: 'Beginnen met de vragen' }
    : { start: 'Start a new analysis', name: 'Name of your organisation or group', go: 'Start the questions' };
  await page.getByRole('link', { name: t.start }).click();
  await page.getByLabel(t.name).fill(name);
  await page.getByRole('button', { name: t.go }).click();
  await expect(page.locator('#area-title')).toBeVisible();
}

/** Answers every statement of the area on screen with the pattern. */
export async function answerArea(page: Page, bank: TestBank, areaIndex: number, only?: (statementId: string) => boolean): Promise<void> {
  const before = bank.areas.slice(0, areaIndex).reduce((n, a) => n + a.kenmerken.length, 0);
  const area = bank.areas[areaIndex];
  if (!area) throw new Error('no such area');
  for (const [k, kenmerk] of area.kenmerken.entries()) {
    for (const [s, statement] of kenmerk.statements.entries()) {
      if (only && !only(statement.id)) continue;
      const value = patternAnswer(before + k, s);
      await page.locator(`input[name="${statement.id}"][value="${value}"]`).check();
    }
  }
}

/** Waits until the app says every answer is stored. */
export async function expectSaved(page: Page, lang: 'nl' | 'en' = 'nl'): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: lang === 'nl' ? 'Alle antwoorden zijn opgeslagen' : 'All answers are saved' })).toBeVisible();
}

/** Fails the test on any axe violation (WCAG 2.2 A/AA rules). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible(); // the screen has rendered (lazy screens load first)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Counts the canvas pixels that are not blank (not transparent, not white). */
export async function paintedPixels(page: Page): Promise<number> {
  return page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if ((data[i + 3] ?? 0) > 0 && !((data[i] ?? 0) > 250 && (data[i + 1] ?? 0) > 250 && (data[i + 2] ?? 0) > 250)) n += 1;
    }
    return n;
  });
}

/** Waits until a service worker is activated and controls the page (then the app works offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    }
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve()));
    }
  });
}
