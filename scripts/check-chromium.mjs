// Fails loudly, with the fix, when the Chromium the end-to-end tests need is missing.
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`
Chromium was not found at ${path}.
The end-to-end tests and the benchmark run in Debian's Chromium (no test tool may download a browser here).
Install it with:

  sudo apt-get update && sudo apt-get install -y chromium

or point CHROME_PATH at another Chromium or Chrome binary.
`);
  process.exit(1);
}
