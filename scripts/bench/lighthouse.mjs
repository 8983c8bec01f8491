// Lighthouse (mobile, its default) in Debian's Chromium, against a page served on 127.0.0.1.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

/**
 * The median of each score (0–100) and timing (ms) over `runs` Lighthouse runs on `url`: a single
 * run varies by a few points on a busy machine.
 */
export async function lighthouseFigures(url, runs = 3, categories = ['performance', 'accessibility', 'best-practices']) {
  const all = [];
  for (let i = 0; i < runs; i += 1) all.push(await lighthouseRun(url, categories));
  const median = (key) => all.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(all.length / 2)];
  const out = Object.fromEntries(Object.keys(all[0]).map((key) => [key, median(key)]));
  return { ...out, runs: all.map((r) => r.performance), tbts: all.map((r) => Math.round(r.tbt)) };
}

/** Scores (0–100) and timings (ms) of one Lighthouse run on `url`. */
async function lighthouseRun(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    userDataDir: mkdtempSync(join(tmpdir(), 'bg-lh-')),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const { categories: scores, audits } = result.lhr;
    return {
      performance: Math.round((scores.performance?.score ?? 0) * 100),
      accessibility: Math.round((scores.accessibility?.score ?? 0) * 100),
      bestPractices: Math.round((scores['best-practices']?.score ?? 0) * 100),
      tti: audits.interactive?.numericValue ?? NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    };
  } finally {
    chrome.kill();
  }
}
