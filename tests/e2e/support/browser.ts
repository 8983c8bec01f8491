import { existsSync } from 'node:fs';

/**
 * The Chromium the end-to-end tests drive (no test tool may download a browser here): CHROME_PATH
 * when set; else Debian's chromium-headless-shell, the same Chromium built without a browser UI
 * (what Playwright itself runs headless: a page costs less CPU than in the full browser's headless
 * mode, which on two cores decides how long the suite takes); else Debian's chromium.
 */
export const CHROMIUM =
  process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');
