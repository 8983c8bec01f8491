import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { embedText, RESULT_PNG_KEYWORD } from '../../src/core/resultFile/pngText';
import { allStatementIds, loadBank } from './helpers';

/*
 * The command itself (scripts/aggregate.mjs), run as a user runs it, on folders made here: the
 * fixtures, a result PNG, and files of the hostile corpus, each of which must be named with its reason.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'tests/fixtures');
const STATEMENTS = allStatementIds(loadBank()).length;
const work = mkdtempSync(join(tmpdir(), 'aggregate-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function aggregate(...args: string[]): Promise<{ code: number; stderr: string }> {
  return run(join(ROOT, 'scripts/aggregate.mjs'), ...args);
}

function run(script: string, ...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [script, ...args], { cwd: work }, (error, _stdout, stderr) => {
      done({ code: error ? Number(error.code ?? -1) : 0, stderr });
    });
  });
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\r\n').slice(0, -1);

/** A 1×1 PNG (from tests/core/pngText.test.ts's bytes), carrying `text` as the app's "Plaatje opslaan" does. */
function resultPng(text: string): Uint8Array {
  const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4AWNgAAAAAgABc3UBGAAAAABJRU5ErkJggg==', 'base64'));
  return embedText(png, RESULT_PNG_KEYWORD, text);
}

describe('npm run aggregate', () => {
  it('writes one row per result × statement of every readable file, names each bad file with its reason, and exits 1', async () => {
    const dir = join(work, 'regio');
    mkdirSync(join(dir, 'gemeenten/oost'), { recursive: true });
    copyFileSync(join(FIXTURES, 'files/v2-three-parties.json'), join(dir, 'gemeenten/v2-three-parties.json'));
    copyFileSync(join(FIXTURES, 'files/v1-one-result.json'), join(dir, 'v1-one-result.json'));
    const png = readFileSync(join(FIXTURES, 'files/v2-one-result.json'), 'utf8');
    writeFileSync(join(dir, 'gemeenten/oost/plaatje.png'), resultPng(png));
    const hostile = ['empty.json', 'truncated.json', 'other-bank.json', 'proto-keys.json', 'png-renamed.json', 'utf16le.json', 'newer-version.json', 'unsupported-version.json'];
    for (const name of hostile) copyFileSync(join(FIXTURES, 'hostile', name), join(dir, 'gemeenten/oost', name));
    copyFileSync(join(FIXTURES, 'hostile/not-json.txt'), join(dir, 'not-json.txt')); // not .json or .png: not read
    writeFileSync(join(dir, 'gewoon-plaatje.PNG'), resultPng('').subarray(0, 8 + 25 + 22)); // a PNG without our text (and cut off)

    const run = await aggregate('regio', '--out', 'uit/regio.csv');
    expect(run.code).toBe(1);
    const rows = lines(join(work, 'uit/regio.csv'));
    expect(rows[0]).toBe('file,result_id,party,role,level,partnership,date,bank_version,area,kenmerk,statement,answer');
    expect(rows).toHaveLength(1 + (3 + 1 + 1) * STATEMENTS);
    const perFile = new Map<string, number>();
    for (const row of rows.slice(1)) perFile.set(row.split(',')[0] ?? '', (perFile.get(row.split(',')[0] ?? '') ?? 0) + 1);
    expect(Object.fromEntries(perFile)).toEqual({
      'gemeenten/oost/plaatje.png': STATEMENTS,
      'gemeenten/v2-three-parties.json': 3 * STATEMENTS,
      'v1-one-result.json': STATEMENTS,
    });
    // each bad file, with the reason in words and its code; nothing else is called skipped
    const reasons = {
      'empty.json': 'het bestand is leeg [empty]',
      'truncated.json': 'geen leesbaar resultatenbestand',
      'other-bank.json': 'resultaat 1 hoort bij een andere vragenlijst [unknown-bank]',
      'proto-keys.json': 'resultaat 1: veld answers.__proto__ hoort niet bij deze versie van de vragenlijst [invalid-result]',
      'png-renamed.json': '[png-without-result]',
      'utf16le.json': '[not-json]',
      'newer-version.json': 'nieuwere versie van de app (bestandsversie 2) [newer-version]',
      'unsupported-version.json': 'geen geldige bestandsversie, de app leest bestandsversie 1 [no-version]',
    };
    for (const [name, reason] of Object.entries(reasons)) {
      expect(run.stderr).toMatch(new RegExp(`^gemeenten/oost/${name.replace('.', '\\.')}: overgeslagen — .*${reason.replace(/[[\].()]/g, '\\$&')}`, 'm'));
    }
    expect(run.stderr).toMatch(/^gewoon-plaatje\.PNG: overgeslagen — dit plaatje bevat geen resultaat .*\[png-without-result\]$/m);
    expect(run.stderr.match(/overgeslagen —/g)).toHaveLength(hostile.length + 1);
    expect(run.stderr).not.toContain('not-json.txt');
    // the one-result file of bank 1.0.0 and the PNG of 2.0.0 hold the same result id: both kept, and said
    expect(run.stderr).toMatch(/^v1-one-result\.json: let op — resultaat an-[a-z0-9]+ staat ook in gemeenten\/oost\/plaatje\.png/m);
    expect(run.stderr).toMatch(/3 van 12 bestanden gelezen, 9 overgeslagen; 5 resultaten/);

    const summary = lines(join(work, 'uit/regio-samenvatting.csv'));
    expect(summary[0]).toBe('area,kenmerk,kenmerk_label,role,results,parties,mean,min,max,witte_vlekken,onbekend');
    expect(summary.filter((r) => r.split(',')[3] === 'alle').every((r) => r.split(',')[4] === '5')).toBe(true);
  }, 20_000);

  it('exits 0 on a folder where every file is read, and 2 on a usage error', async () => {
    const dir = join(work, 'schoon');
    mkdirSync(dir, { recursive: true });
    for (const name of ['v2-one-result.json', 'v2-three-parties.json']) copyFileSync(join(FIXTURES, 'files', name), join(dir, name));
    const run = await aggregate(dir, '--out', join(work, 'schoon.csv'), '--summary', join(work, 'schoon-s.csv'));
    expect(run.stderr).not.toContain('overgeslagen —');
    expect(run.code).toBe(0);
    expect(lines(join(work, 'schoon.csv'))).toHaveLength(1 + 4 * STATEMENTS);
    expect(lines(join(work, 'schoon-s.csv')).length).toBeGreaterThan(1);

    expect((await aggregate(dir)).code).toBe(2); // no --out
    expect((await aggregate(join(work, 'bestaat-niet'), '--out', 'x.csv')).code).toBe(2);
  }, 20_000);

  it('runs the same through the link npx makes to the package\'s `bin` entry', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['bondgenoten-aggregate']).toBe('scripts/aggregate.mjs');
    const link = join(work, 'bondgenoten-aggregate');
    symlinkSync(join(ROOT, 'scripts/aggregate.mjs'), link);
    const dir = join(work, 'via-link');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(FIXTURES, 'files', 'v2-one-result.json'), join(dir, 'een.json'));
    const out = await run(link, dir, '--out', join(work, 'via-link.csv'));
    expect(out.code).toBe(0);
    expect(lines(join(work, 'via-link.csv'))).toHaveLength(1 + STATEMENTS);
  }, 20_000);
});
