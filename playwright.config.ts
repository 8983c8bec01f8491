import { defineConfig, devices } from '@playwright/test';
import { PORTS } from './tests/e2e/support/ports';

import { CHROMIUM as executablePath } from './tests/e2e/support/browser';

const PORT = PORTS.preview;

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous limits: a whole journey (62 answers, results, axe, export, import) takes 30–45 s on a
  // quiet two-core machine and twice that with a second `npm test` beside it. A limit only decides
  // when a stuck test fails; a test that passes takes the same time either way.
  timeout: 150_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
  },
  /*
   * Two workers run the journeys side by side. The large-import checks watch the page's longest
   * task (work must stay off the main thread), so they run afterwards, alone on the machine.
   */
  projects: [
    { name: 'journeys', testIgnore: /large-import\.spec\.ts/ },
    { name: 'large-imports', testMatch: /large-import\.spec\.ts/, dependencies: ['journeys'] },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
