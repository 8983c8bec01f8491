import { expect, test } from './fixtures';
import { answerArea, createAnalysis, expectNoAxeViolations, expectSaved, paintedPixels, readBank } from './helpers';

const bank = readBank();

for (const lang of ['nl', 'en'] as const) {
  test(`axe finds no violations on any screen (${lang})`, async ({ page }) => {
    test.slow(); // axe runs on every screen (about fifteen): three times the usual time on a busy machine
    await page.goto('./');
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await expectNoAxeViolations(page); // start, empty
    await createAnalysis(page, 'Gemeente Axe', lang);
    await expectNoAxeViolations(page); // questionnaire, nothing answered
    await answerArea(page, bank, 0);
    await expectSaved(page, lang);
    await expectNoAxeViolations(page); // questionnaire, answered
    await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
    await expect.poll(() => paintedPixels(page)).toBeGreaterThan(1000);
    await expectNoAxeViolations(page); // results
    await page.goto('./#/nieuw');
    await page.getByRole('button', { name: lang === 'nl' ? 'Beginnen met de vragen' : 'Start the questions' }).click();
    await expectNoAxeViolations(page); // new form with an error
    await page.goto('./');
    await expectNoAxeViolations(page); // start with a list
    await page.getByRole('button', { name: lang === 'nl' ? /^Verwijderen/ : /^Delete/ }).click();
    await expectNoAxeViolations(page); // delete dialog
  });
}

test('on a phone the results have numbered axes with a key, and no violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await createAnalysis(page, 'Telefoon');
  await answerArea(page, bank, 0);
  await expectSaved(page);
  await page.goto(page.url().replace(/vragen\/\d+$/, 'resultaten'));
  await expect(page.locator('ol.axis-key li')).toHaveCount(17);
  await expect.poll(() => paintedPixels(page)).toBeGreaterThan(1000);
  await expectNoAxeViolations(page);
});
