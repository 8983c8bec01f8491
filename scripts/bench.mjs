// `npm run bench`: every speed and size figure beside its budget and a baseline measured in the same
// run (so a slow machine can be told from a slow app); exits 1 when a budget is broken. Timings
// live here, never in `npm test`: they move with the machine's load.
import { jsSizes, SIZE_BUDGETS } from './bench/size.mjs';
import { scoringTime } from './bench/scoring.mjs';
import { aggregateTime } from './bench/aggregate.mjs';
import { autosave, compareDrawTimes, importTimes, manyResults, offlineReload, presentStepTime, withBrowser } from './bench/browser.mjs';
import { lighthouseFigures } from './bench/lighthouse.mjs';
import { serveStatic } from './bench/staticServer.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';

const rows = [];
/** A figure: `budget` with `atLeast` is a floor, otherwise a ceiling; no budget: information. */
const row = (name, value, unit, { budget, baseline, atLeast = false } = {}) =>
  rows.push({ name, value, unit, budget, baseline, atLeast, ok: budget === undefined || (atLeast ? value >= budget : value <= budget) });

const size = jsSizes();
row('JS loaded first (gzip)', size.firstKiB, 'KiB', { budget: SIZE_BUDGETS.firstKiB });
row(`All JS the app can load, import worker included: ${size.files} chunks (gzip)`, size.allKiB, 'KiB', { budget: SIZE_BUDGETS.allKiB });
row(`What only the "Scannen" screen loads: ${size.scanFiles} chunks (gzip)`, size.scanKiB, 'KiB', { budget: SIZE_BUDGETS.scanKiB });
row('Service worker + workbox runtime (gzip)', size.workerKiB, 'KiB');

const scoring = await scoringTime();
row(`Score a full analysis (${scoring.statements} answers), median`, scoring.median, 'ms', { baseline: scoring.baseline });
row('Score a full analysis, p95', scoring.p95, 'ms', { budget: 5, baseline: scoring.baseline });
const aggregate = await aggregateTime(10_000);
row(`npm run aggregate: ${aggregate.files.toLocaleString('en')} result files, ${aggregate.rows.toLocaleString('en')} rows`, aggregate.ms, 'ms', { budget: 30_000, baseline: aggregate.baseline });

// Lighthouse mobile on the build and on an empty page, both served as plain files (no compression).
mkdirSync('.bench/empty', { recursive: true });
writeFileSync('.bench/empty/index.html', '<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Leeg"><title>Leeg</title></head><body><main><h1>Leeg</h1></main></body></html>');
const app = await serveStatic('dist', 0);
const empty = await serveStatic('.bench/empty', 0);
const lh = await lighthouseFigures(app.url, 3, ['performance']);
const base = await lighthouseFigures(empty.url, 3, ['performance']);
await Promise.all([app.close(), empty.close()]);
row(`Lighthouse mobile, plain files (median of 3: ${lh.runs.join(', ')}): performance`, lh.performance, '', { budget: 95, atLeast: true, baseline: base.performance });
row(`Lighthouse mobile: total blocking time (median of ${lh.tbts.join(', ')})`, lh.tbt, 'ms', { budget: 50, baseline: base.tbt });
row('Lighthouse mobile: time to interactive', lh.tti, 'ms', { budget: 2500, baseline: base.tti });

await withBrowser(async (context) => {
  const reload = await offlineReload(context);
  row('Offline reload from the precache, median of 5 (load)', reload.median, 'ms', { budget: 300, baseline: reload.online });
  const save = await autosave(context);
  row(`Autosave: answer to commit known on the page, p50 (${save.count} clicks)`, save.p50, 'ms', { baseline: save.baseP50 });
  row('Autosave: answer to commit known on the page, p95', save.p95, 'ms', { budget: 25, baseline: save.baseP95 });
  row('Autosave: answer to the next frame drawn, p95', save.frameP95, 'ms', { budget: 50, baseline: save.baseFrameP95 });
  const imports = await importTimes(context);
  row('Import until the summary shows, 100 results', imports[100].total, 'ms', { baseline: imports[100].parse });
  row('Import until the summary shows, 1,000 results', imports[1000].total, 'ms', { budget: 500, baseline: imports[1000].parse });
  row('Import until the summary shows, 10,000 results', imports[10000].total, 'ms', { budget: 4000, baseline: imports[10000].parse });
  row('Import of 10,000: longest main-thread task over 50 ms (0: none)', imports[10000].longestTask, 'ms', { budget: 50, baseline: imports[10000].parse });
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  row(`Import of the largest file allowed (${mb(imports['25MB'].bytes)} MB, 15,500 results) until the summary shows`, imports['25MB'].total, 'ms', { baseline: imports['25MB'].parse });
  row(`Import of ${mb(imports['25MB'].bytes)} MB: longest main-thread task over 50 ms (0: none)`, imports['25MB'].longestTask, 'ms', { budget: 50, baseline: imports['25MB'].parse });
  row(`Refused file of 1,000,000 tiny results (${mb(imports.million.bytes)} MB): longest main-thread task over 50 ms (0: none)`, imports.million.longestTask, 'ms', { budget: 50, baseline: imports.million.parse });
  const draws = await compareDrawTimes(context);
  row('Compare screen opened and drawn, 1 party', draws[1], 'ms', { baseline: draws.baseline });
  row('Compare screen opened and drawn, 10 parties', draws[10], 'ms', { baseline: draws.baseline });
  row('Compare screen opened and drawn, 30 parties', draws[30], 'ms', { budget: 150, baseline: draws.baseline });
  const many = await manyResults(context);
  row(`${many.n.toLocaleString('en')} results: start screen loaded until the list shows, median of 3`, many.load, 'ms', { budget: 1000, baseline: many.shell });
  row(`${many.n.toLocaleString('en')} results: checkbox clicked until the next frame, slowest of 10`, many.tick, 'ms', { budget: 100, baseline: many.heading });
  row(`${many.n.toLocaleString('en')} results: "Alles bewaren" (${Math.round(many.backupTime)} ms), longest page task`, many.backupTask, 'ms', { budget: 200, baseline: many.idleTask });
  row(`${many.n.toLocaleString('en')} results: compare 30 chosen, longest page task`, many.compareTask, 'ms', { budget: 200, baseline: many.idleTask });
  const step = await presentStepTime(context);
  row('Presentation: key press to next step drawn, 10 parties, median', step.median, 'ms', { baseline: step.baseline });
  row('Presentation: key press to next step drawn, slowest', step.max, 'ms', { budget: 100, baseline: step.baseline });
});

const fmt = (v) => (v === undefined ? '—' : Number.isNaN(v) ? 'n/a' : Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(3) : v.toFixed(1));
const width = Math.max(...rows.map((r) => r.name.length));
console.log(`\n${'figure'.padEnd(width)}  ${'value'.padStart(11)}  ${'baseline'.padStart(11)}  ${'budget'.padStart(11)}  result`);
for (const r of rows) {
  const unit = (v) => (v === undefined ? '—' : `${fmt(v)} ${r.unit}`.trim());
  const budget = r.budget === undefined ? '—' : `${r.atLeast ? '≥' : '≤'} ${r.budget} ${r.unit}`.trim();
  console.log(`${r.name.padEnd(width)}  ${unit(r.value).padStart(11)}  ${unit(r.baseline).padStart(11)}  ${budget.padStart(11)}  ${r.budget === undefined ? 'info' : r.ok ? 'ok' : 'OVER BUDGET'}`);
}
console.log('\nbaseline: the same measure of a bare operation in the same run (Lighthouse: an empty page; autosave: a bare IndexedDB put from a click; offline reload: the first load of the same page from the local server; import: JSON.parse of the same file; compare: opening a text page; 20,000 results: the heading of the shell, a click on that heading, the longest task of the same page idle for a second; scoring: structuredClone of the answers; aggregate: reading and JSON.parse of the same files; presentation: a key that changes nothing).');
const broken = rows.filter((r) => !r.ok);
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken.`);
  process.exit(1);
}
