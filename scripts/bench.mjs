// Prints the app's speed and size figures beside their budgets; exits 1 when a budget is broken.
// Run with `npm run bench` (it builds first).
import { jsSizes } from './bench/size.mjs';
import { scoringTime } from './bench/scoring.mjs';
import { autosave, BENCH_URL, compareDrawTimes, importTimes, offlineReload, presentStepTime, withBrowser } from './bench/browser.mjs';
import { lighthouseFigures } from './bench/lighthouse.mjs';

const rows = [];
const row = (name, value, unit, budget) => rows.push({ name, value, unit, budget, ok: budget === undefined || value <= budget });

const size = jsSizes();
row('JS loaded first (gzip)', size.firstKiB, 'KiB', 60);
row(`All JS the pages can load, ${size.files} chunks (gzip)`, size.allKiB, 'KiB', 110);
row('Service worker + workbox runtime (gzip)', size.workerKiB, 'KiB');

const scoring = await scoringTime();
row(`Score a full analysis (${scoring.statements} answers), median`, scoring.median, 'ms');
row('Score a full analysis, p95', scoring.p95, 'ms', 5);

await withBrowser(async (context) => {
  const lh = await lighthouseFigures(BENCH_URL);
  rows.push({ name: `Lighthouse mobile (median of ${lh.runs.length} runs: ${lh.runs.join(', ')}): performance`, value: lh.performance, unit: '', budget: 95, ok: lh.performance >= 95, atLeast: true });
  rows.push({ name: 'Lighthouse mobile: accessibility', value: lh.accessibility, unit: '', budget: 100, ok: lh.accessibility >= 100, atLeast: true });
  rows.push({ name: 'Lighthouse mobile: best practices', value: lh.bestPractices, unit: '', budget: 100, ok: lh.bestPractices >= 100, atLeast: true });
  row('Lighthouse mobile: time to interactive', lh.tti, 'ms', 2500);
  row('Lighthouse mobile: total blocking time', lh.tbt, 'ms', 150);
  const reload = await offlineReload(context);
  row('Offline reload from the precache, median of 5 (load)', reload.median, 'ms', 300);
  const save = await autosave(context);
  row(`Autosave of one answer (to commit), p50 (${save.count} answers)`, save.p50, 'ms');
  row('Autosave of one answer, p95', save.p95, 'ms', 10);
  row('Autosave: answer to "saved" known on the page, p95', save.knownP95, 'ms');
  const imports = await importTimes(context);
  row('Import: read + validate + merge, 100 results', imports[100].planned, 'ms');
  row('Import: read + validate + merge, 1,000 results', imports[1000].planned, 'ms', 150);
  row('Import: read + validate + merge, 10,000 results', imports[10000].planned, 'ms', 1500);
  row('Import: … and stored (one transaction), 100 results', imports[100].stored, 'ms');
  row('Import: … and stored (one transaction), 1,000 results', imports[1000].stored, 'ms');
  row('Import: … and stored (one transaction), 10,000 results', imports[10000].stored, 'ms');
  row('Import of 10,000 results: longest main-thread task over 50 ms (0: none)', imports[10000].longestTask, 'ms', 100);
  const draws = await compareDrawTimes(context);
  row('Compare diagram drawn, 1 party', draws[1], 'ms');
  row('Compare diagram drawn, 10 parties', draws[10], 'ms');
  row('Compare diagram drawn, 30 parties', draws[30], 'ms', 100);
  const step = await presentStepTime(context);
  row('Presentation: key press to next step drawn, 10 parties, median', step.median, 'ms');
  row('Presentation: key press to next step drawn, 10 parties, slowest', step.max, 'ms');
});

const fmt = (v) => (Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(3) : v.toFixed(1));
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(10)}  ${'budget'.padStart(10)}  result`);
for (const r of rows) {
  const budget = r.budget === undefined ? '—' : `${r.atLeast ? '≥' : '≤'} ${r.budget} ${r.unit}`.trim();
  console.log(`${r.name.padEnd(width)}  ${`${fmt(r.value)} ${r.unit}`.padStart(10)}  ${budget.padStart(10)}  ${r.budget === undefined ? 'info' : r.ok ? 'ok' : 'OVER BUDGET'}`);
}
const broken = rows.filter((r) => !r.ok);
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken.`);
  process.exit(1);
}
