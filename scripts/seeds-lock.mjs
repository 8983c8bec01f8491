#!/usr/bin/env node
// Writes tests/fixtures/seeds.lock.json: per source publication (seed) its file name, line count
// and SHA-256, from ../shared/seeds beside the checkout. The citation tests check every line
// range in questions/ against this lock, so they run on any machine; where the seeds are present,
// a test also checks that the lock still matches them. Run after a seed changes: node scripts/seeds-lock.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dir = new URL('../../shared/seeds/', import.meta.url);
const lock = {};
for (const file of readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()) {
  const text = readFileSync(new URL(file, dir), 'utf8');
  lock[file.slice(0, 3)] = { file, lines: lineCount(text), sha256: createHash('sha256').update(text).digest('hex') };
}
writeFileSync(new URL('../tests/fixtures/seeds.lock.json', import.meta.url), `${JSON.stringify(lock, null, 2)}\n`);
console.log(`seeds.lock.json: ${Object.keys(lock).length} seeds`);

/** Lines as `sed -n` counts them (a last line without a newline counts). */
export function lineCount(text) {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
