// Lighthouse (mobile, its default) against the built app served by vite preview, in Debian's Chromium.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/**
 * Scores (0–100) and timings (ms) of the median of `runs` Lighthouse runs on `url` (ranked by
 * performance score, then TTI): a single run varies by a few points on a busy machine.
 */
export async function lighthouseFigures(url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i += 1) all.push(await lighthouseRun(url));
  all.sort((a, b) => a.performance - b.performance || b.tti - a.tti);
  return { ...all[Math.floor(all.length / 2)], runs: all.map((r) => r.performance) };
}

/** Scores (0–100) and timings (ms) of one Lighthouse run on `url`. */
async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    userDataDir: mkdtempSync(join(tmpdir(), 'bg-lh-')),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round((categories.performance.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices'].score ?? 0) * 100),
      tti: audits.interactive.numericValue,
      tbt: audits['total-blocking-time'].numericValue,
    };
  } finally {
    chrome.kill();
  }
}
