// Time to score one full analysis (every statement answered) with the real bank, in Node.
import { readFileSync } from 'node:fs';
import { createServer } from 'vite';

/**
 * Median and p95 in milliseconds of scoreAnalysis over `runs` runs; baseline: a structuredClone
 * of the same answers (work of the same size that any machine does), timed the same way.
 */
export async function scoringTime(runs = 2000) {
  const server = await createServer({ logLevel: 'silent', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
  try {
    const { validateBank } = await server.ssrLoadModule('/src/core/bank/validateBank.ts');
    const { scoreAnalysis } = await server.ssrLoadModule('/src/core/scoring/scoreAnalysis.ts');
    const checked = validateBank(JSON.parse(readFileSync('questions/bondgenoten.json', 'utf8')));
    if (!checked.ok) throw new Error(`bank invalid: ${checked.error.join('; ')}`);
    const bank = checked.value;
    const answers = {};
    let i = 0;
    for (const area of bank.areas) for (const k of area.kenmerken) for (const s of k.statements) answers[s.id] = (i++ % 6) === 5 ? 'unknown' : (i % 5) + 1;
    const time = (fn) => {
      const times = [];
      for (let r = 0; r < runs; r += 1) {
        const t0 = performance.now();
        fn();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(runs / 2)], p95: times[Math.floor(runs * 0.95)] };
    };
    let sink = 0;
    const scoring = time(() => (sink += scoreAnalysis(bank, answers).witteVlekken.length));
    const baseline = time(() => (sink += Object.keys(structuredClone(answers)).length));
    return { ...scoring, baseline: baseline.median, statements: i, sink };
  } finally {
    await server.close();
  }
}
