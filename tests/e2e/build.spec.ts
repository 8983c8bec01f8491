import { expect, test } from '@playwright/test';
import { jsSizes, SIZE_BUDGETS } from '../../scripts/bench/size.mjs';
import { lighthouseFigures } from '../../scripts/bench/lighthouse.mjs';
import { serveStatic } from '../../scripts/bench/staticServer.mjs';
import { PORTS } from './support/ports';

// Deterministic figures of the build. Timings are not here: they vary with the machine's load and
// live in `npm run bench`, beside a baseline measured in the same run.

test('the JavaScript stays within its size budgets (gzip)', () => {
  const size = jsSizes();
  expect(size.firstKiB, 'JS loaded before the first screen').toBeLessThanOrEqual(SIZE_BUDGETS.firstKiB);
  expect(size.allKiB, 'all JS the app can load, the import worker included').toBeLessThanOrEqual(SIZE_BUDGETS.allKiB);
  expect(size.scanFiles, 'the scan screen has chunks of its own').toBeGreaterThanOrEqual(2);
  expect(size.scanKiB, 'what only the scan screen loads').toBeLessThanOrEqual(SIZE_BUDGETS.scanKiB);
});

test('Lighthouse: accessibility and best practices score 100 on the first screen, served as plain files', async () => {
  test.setTimeout(120_000);
  const server = await serveStatic('dist', PORTS.lighthouse);
  try {
    const figures = await lighthouseFigures(server.url, 1, ['accessibility', 'best-practices']);
    expect(figures.accessibility).toBe(100);
    expect(figures.bestPractices).toBe(100);
  } finally {
    await server.close();
  }
});
