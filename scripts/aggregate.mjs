#!/usr/bin/env node
// `npm run aggregate -- DIR --out region.csv [--summary summary.csv]`, or `node scripts/aggregate.mjs …`:
// every result file under DIR (.json, and .png with the result carried inside) read with the app's
// own reader (src/core: same validation, same mapping of answers from earlier bank versions), put
// together as one long CSV (one row per result × statement) and a summary per kenmerk and role.
// The TypeScript core is loaded with Vite's SSR loader, as scripts/bench/scoring.mjs does.
// Exit code: 0 every file read, 1 one or more skipped (each named on stderr), 2 usage error.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, statSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Gebruik: npm run aggregate -- MAP --out uitvoer.csv [--summary samenvatting.csv]
       node scripts/aggregate.mjs MAP --out uitvoer.csv [--summary samenvatting.csv]
Leest elk resultatenbestand (.json, .png met resultaat) onder MAP en schrijft één rij per resultaat × stelling
naar --out en een samenvatting per kenmerk en rol naar --summary (standaard: <out>-samenvatting.csv).
Exitcode: 0 alles gelezen, 1 een of meer bestanden overgeslagen, 2 verkeerd gebruik.`;

/** Why a file was skipped, in words (the app's own texts are i18n in the UI; these are the command's). */
const REASONS = {
  'empty': 'het bestand is leeg',
  'too-large': 'het bestand is {count} MB, het maximum is {limit} MB',
  'not-json': 'geen leesbaar resultatenbestand (beschadigd, afgebroken, geen UTF-8 of van een ander soort)',
  'png-without-result': 'dit plaatje bevat geen resultaat van de zelfanalyse',
  'not-a-result-file': 'dit bestand komt niet uit de app',
  'newer-version': 'gemaakt met een nieuwere versie van de app (bestandsversie {version})',
  'unsupported-version': 'bestandsversie {version}, de app leest bestandsversie {limit}',
  'no-version': 'geen geldige bestandsversie, de app leest bestandsversie {limit}',
  'too-many-results': '{count} resultaten, het maximum is {limit}',
  'no-results': 'het bestand bevat geen resultaten',
  'unknown-bank': 'resultaat {result} hoort bij een andere vragenlijst',
  'invalid-result': 'resultaat {result}',
  'invalid-workshop': 'werkplaats {workshop}',
};
const PROBLEMS = {
  'missing': 'ontbreekt',
  'wrong': 'klopt niet',
  'too-long': 'is te lang ({count} tekens, maximum {limit})',
  'too-many': 'heeft te veel ({count}, maximum {limit})',
  'blank': 'is leeg of alleen onzichtbare tekens',
  'unknown': 'hoort niet bij deze versie van de vragenlijst',
  'duplicate': 'komt twee keer voor in het bestand',
  'not-a-date': 'is geen geldige datum',
  'impossible-date': 'is een datum die niet bestaat ({value})',
  'before-2000': 'ligt vóór 2000 ({value})',
  'in-the-future': 'ligt in de toekomst ({value})',
};

const nl = (n) => n.toLocaleString('nl-NL');
const fill = (text, error) => text.replace(/\{(\w+)\}/g, (_, key) => (typeof error[key] === 'number' ? nl(error[key]) : String(error[key] ?? '?')));

/** "resultaat 2: veld party.name ontbreekt [invalid-result]". */
export function describe(error) {
  let text = fill(REASONS[error.code] ?? 'kan niet worden gelezen', error);
  if (error.code === 'invalid-result' || error.code === 'invalid-workshop') {
    const where = error.field ? `veld ${error.field}` : 'het bestand';
    const problem = fill(PROBLEMS[error.problem ?? 'wrong'] ?? PROBLEMS.wrong, error);
    text = error.result === undefined && error.workshop === undefined ? `${where} ${problem}` : `${text}: ${where} ${problem}`;
  }
  return `${text} [${error.code}]`;
}

function usage(message) {
  if (message) console.error(`aggregate: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

/** Arguments: one folder, --out FILE, optional --summary FILE. */
function parseArgs(argv) {
  const args = { dir: undefined, out: undefined, summary: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--out' || flag === '--summary') {
      const value = inline ?? argv[(i += 1)];
      if (!value) usage(`${flag} heeft een bestandsnaam nodig`);
      args[flag.slice(2)] = value;
    } else if (a.startsWith('-')) usage(`onbekende optie ${a}`);
    else if (args.dir === undefined) args.dir = a;
    else usage(`één map, niet ook ${a}`);
  }
  if (args.dir === undefined) usage('welke map?');
  if (args.out === undefined) usage('--out ontbreekt');
  return args;
}

/** Every .json and .png file under `dir` (symbolic links are not followed), in a stable order. */
function resultFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(json|png)$/i.test(d.name))
    .map((d) => relative(dir, join(d.parentPath ?? d.path, d.name)).split(sep).join('/'))
    .sort();
}

/** The app's core modules, loaded once through Vite (TypeScript, without the app's plugins). */
async function loadCore() {
  const { createServer } = await import('vite');
  const server = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const load = (path) => server.ssrLoadModule(path);
    const [bankModule, readModule, pngModule, aggregateModule, formatModule] = await Promise.all([
      load('/src/core/bank/validateBank.ts'),
      load('/src/core/resultFile/readFile.ts'),
      load('/src/core/resultFile/pngText.ts'),
      load('/src/core/export/aggregate.ts'),
      load('/src/core/resultFile/format.ts'),
    ]);
    return { ...bankModule, ...readModule, ...pngModule, ...aggregateModule, ...formatModule, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The text of a file as the app's import reads it (src/import/readInput.ts): PNG text chunk, or strict UTF-8. */
function fileText(path, core) {
  const size = statSync(path).size;
  if (size > core.LIMITS.bytes) return { error: { code: 'too-large', count: Math.ceil((size / 2 ** 20) * 10) / 10, limit: core.LIMITS.bytes / 2 ** 20 } };
  const bytes = readFileSync(path);
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (core.isPng(view)) {
    const text = core.readText(view, core.RESULT_PNG_KEYWORD);
    return text === null ? { error: { code: 'png-without-result' } } : { text };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(view) };
  } catch {
    return { error: { code: 'not-json' } };
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  // `npm run` starts in the package folder: paths are the user's, relative to where npm was started.
  const base = process.env.npm_lifecycle_event === 'aggregate' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  const dir = resolve(base, args.dir);
  const out = resolve(base, args.out);
  const summaryName = args.summary ?? args.out.replace(/(\.csv)?$/i, '-samenvatting.csv');
  const summaryPath = resolve(base, summaryName);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) usage(`${args.dir} is geen map`);
  if (out === summaryPath) usage('--out en --summary moeten verschillende bestanden zijn');

  const started = performance.now();
  const core = await loadCore();
  try {
    const checked = core.validateBank(JSON.parse(readFileSync(join(ROOT, 'questions/bondgenoten.json'), 'utf8')));
    if (!checked.ok) throw new Error(`questions/bondgenoten.json is ongeldig: ${checked.error.join('; ')}`);
    const bank = checked.value;
    const index = core.indexBank(bank);
    const now = new Date();

    const files = resultFiles(dir);
    const total = files.length;
    const summary = core.newSummary();
    mkdirSync(dirname(out), { recursive: true });
    mkdirSync(dirname(summaryPath), { recursive: true });
    const fd = openSync(out, 'w');
    let skipped = 0;
    let results = 0;
    let rows = 0;
    const firstSeen = new Map();
    let duplicates = 0;
    try {
      writeSync(fd, core.toPlainCsv([core.ANSWER_COLUMNS]));
      files.forEach((file, i) => {
        if (total >= 1000 && i > 0 && i % 500 === 0) console.error(`${nl(i)} van ${nl(total)} bestanden`);
        const read = fileText(join(dir, file), core);
        const parsed = read.error ? { ok: false, error: read.error } : core.parseResultFile(read.text, bank, index, now);
        if (!parsed.ok) {
          skipped += 1;
          console.error(`${file}: overgeslagen — ${describe(parsed.error)}`);
          return;
        }
        const fileRows = [];
        for (const analysis of parsed.value.results) {
          const earlierFile = firstSeen.get(analysis.id);
          if (earlierFile === undefined) firstSeen.set(analysis.id, file);
          else {
            duplicates += 1;
            if (duplicates <= 20) console.error(`${file}: let op — resultaat ${analysis.id} staat ook in ${earlierFile} (beide meegeteld)`);
          }
          for (const row of core.answerRows(bank, analysis, file)) fileRows.push(row);
          core.addToSummary(summary, bank, analysis);
          results += 1;
        }
        rows += fileRows.length;
        writeSync(fd, core.toPlainCsv(fileRows));
      });
    } finally {
      closeSync(fd);
    }
    const summaryFd = openSync(summaryPath, 'w');
    try {
      writeSync(summaryFd, core.toPlainCsv(core.summaryRows(summary, bank)));
    } finally {
      closeSync(summaryFd);
    }
    if (duplicates > 20) console.error(`… en nog ${nl(duplicates - 20)} keer een resultaat-id dat al in een ander bestand stond`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
    console.error(
      `${nl(total - skipped)} van ${nl(total)} bestanden gelezen${skipped > 0 ? `, ${nl(skipped)} overgeslagen` : ''}; ` +
        `${nl(results)} resultaten, ${nl(rows)} rijen naar ${args.out}, samenvatting naar ${summaryName}` +
        `${duplicates > 0 ? `; ${nl(duplicates)} dubbele resultaat-id's` : ''} (${seconds} s)`,
    );
    return skipped > 0 ? 1 : 0;
  } finally {
    await core.close();
  }
}

// Run as a command (also through npx's link to the `bin` entry), not when a test imports it.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(`aggregate: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
}
