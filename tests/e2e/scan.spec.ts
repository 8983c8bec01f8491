import { CHROMIUM } from './support/browser';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './helpers';
import { resultQr, qrSegments } from '../../src/ui/export/qrImage';
import { create } from 'qrcode';
import { validateBank } from '../../src/core/bank/validateBank';
import { parseResultFile } from '../../src/core/resultFile/readFile';
import { scoreAnalysis } from '../../src/core/scoring/scoreAnalysis';
import { formatScore } from '../../src/core/format';

/**
 * Issue 16, point 3: a facilitator scans parties' QR codes with the laptop's camera, one after
 * another. Chromium's fake camera plays a video made here from the app's own QR images: three
 * parties' codes and, between them, a hostile one.
 */
const bankCheck = validateBank(JSON.parse(readFileSync('questions/bondgenoten.json', 'utf8')));
if (!bankCheck.ok) throw new Error('bank invalid');
const bank = bankCheck.value;
const parsed = parseResultFile(readFileSync('tests/fixtures/files/v2-three-parties.json', 'utf8'), bank);
if (!parsed.ok) throw new Error('fixture invalid');
const parties = parsed.value.results;
const BASE = 'http://127.0.0.1:4173/';

/** Dark modules of a QR code, row by row. */
type Code = { size: number; dark: boolean[] };
const codes: Code[] = parties.map((a) => resultQr(BASE, a, bank));
// A hostile code: our route, a payload that is not a valid code (script in it, wrong checksum).
const hostile = create(qrSegments(BASE, 'SCRIPT ALERT 1 ABCDEFGHIJ'), { errorCorrectionLevel: 'M' });
const hostileCode: Code = { size: hostile.modules.size, dark: Array.from(hostile.modules.data, Boolean) };

/** A Y4M video (640×480, 4 frames a second): each code for 2 seconds, white around it. */
function video(sequence: Code[]): string {
  const [W, H, FPS, SECONDS] = [640, 480, 4, 2];
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F${FPS}:1 Ip A1:1 C420jpeg\n`);
  const frames: Buffer[] = [];
  for (const code of sequence) {
    const scale = Math.floor(440 / (code.size + 8));
    const side = scale * code.size;
    const [x0, y0] = [Math.floor((W - side) / 2), Math.floor((H - side) / 2)];
    const y = Buffer.alloc(W * H, 235);
    for (let r = 0; r < code.size; r += 1)
      for (let c = 0; c < code.size; c += 1)
        if (code.dark[r * code.size + c]) for (let dy = 0; dy < scale; dy += 1) y.fill(16, (y0 + r * scale + dy) * W + x0 + c * scale, (y0 + r * scale + dy) * W + x0 + (c + 1) * scale);
    const uv = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
    for (let f = 0; f < FPS * SECONDS; f += 1) frames.push(Buffer.from('FRAME\n'), y, uv);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'bg-scan-')), 'codes.y4m');
  writeFileSync(path, Buffer.concat([header, ...frames]));
  return path;
}

const file = video([codes[0]!, hostileCode, codes[1]!, codes[2]!]);

test.use({
  permissions: ['camera'],
  launchOptions: {
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`],
  },
});

test('three parties’ codes scanned in a row import three results with the right scores; a hostile code is refused and changes nothing', async ({ page }) => {
  await page.goto('./#/importeren');
  await page.getByRole('link', { name: 'Codes scannen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Scannen');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Camera aanzetten' }).click();
  const log = page.getByRole('log');
  for (const a of parties) await expect(log).toContainText(new RegExp(`\u2068?${a.party.name}\u2069? toegevoegd`), { timeout: 30_000 });
  await expect(log).toContainText('Deze QR-code of link is beschadigd of komt niet uit deze app.');
  await page.getByRole('button', { name: 'Stoppen' }).click();
  // The camera is off once stopped (and when the screen is left).
  expect(await page.evaluate(() => (document.querySelector('video')?.srcObject as MediaStream | null)?.active ?? false)).toBe(false);

  await page.goto('./');
  await expect(page.locator('.analysis-item')).toHaveCount(3);
  for (const a of parties) {
    await page.goto(`./#/analyse/${a.id}/resultaten`);
    const expected = scoreAnalysis(bank, a.answers).kenmerken.map((k) => formatScore(k.score, 'nl') ?? 'geen score');
    await expect(page.locator('table.score-table td.score')).toHaveText(expected);
  }
});
