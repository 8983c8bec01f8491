import { indexBank, readResultFile, type ReadProgress } from '../../core/resultFile/readFile';
import { pause } from '../components/runInSlices';
import { planImport, type ImportPlan } from '../../core/compare/mergeResults';
import { LIMITS } from '../../core/resultFile/format';
import type { ImportError } from '../../core/resultFile/importError';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';
import type { Bank } from '../../core/bank/types';

/** The most files one import takes. */
export const MAX_FILES = 200;

/** A file (or link) to import: its name, and its text or why it could not be read. */
export type ImportSource = { name: string; text: string } | { name: string; error: ImportError };

/** What happened to one file. */
export interface FileOutcome {
  name: string;
  workshops?: number;
  error?: ImportError;
  added: number;
  present: number;
  conflicts: number;
  /** Answers, notes or actions left out because the file used another version of the bank. */
  dropped: number;
}

/** The outcome per file, one plan for all results together, and the werkplaatsen found. */
export interface PreparedImport {
  outcomes: FileOutcome[];
  plan: ImportPlan;
  workshops: Workshop[];
}

/** Bytes decoded at a time: a large file is decoded in pieces, with pauses, so the page stays responsive. */
const DECODE_CHUNK = 1 << 20;

/** Strict UTF-8 (a UTF-8 BOM is dropped); throws on anything else. */
async function decodeUtf8(bytes: ArrayBuffer): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts: string[] = [];
  for (let at = 0; at < bytes.byteLength; at += DECODE_CHUNK) {
    if (at > 0) await pause();
    parts.push(decoder.decode(new Uint8Array(bytes, at, Math.min(DECODE_CHUNK, bytes.byteLength - at)), { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Reads picked or dropped files, refusing too many or too large ones before reading them. */
export async function readSources(files: File[]): Promise<ImportSource[]> {
  return Promise.all(
    files.map(async (file, i): Promise<ImportSource> => {
      if (i >= MAX_FILES) return { name: file.name, error: { code: 'too-many-results' } };
      if (file.size > LIMITS.bytes) return { name: file.name, error: { code: 'too-large' } };
      try {
        // Strict UTF-8 (a UTF-8 BOM is dropped): other encodings and binary files are refused, not guessed at.
        return { name: file.name, text: await decodeUtf8(await file.arrayBuffer()) };
      } catch {
        return { name: file.name, error: { code: 'not-json' } };
      }
    }),
  );
}

/** How far the check of an import is: file `file` of `files`, results `read` of its `total`. */
export interface CheckProgress extends ReadProgress {
  file: number;
  files: number;
}

/**
 * Checks every source and plans the import against what is on the device; changes nothing.
 * Runs in steps that tell how far it is (see readResultFile), for runInSlices.
 */
export function* prepareImportSteps(sources: ImportSource[], bank: Bank, local: Analysis[]): Generator<CheckProgress, PreparedImport, void> {
  const index = indexBank(bank);
  const known = new Map(local.map((a) => [a.id, a]));
  const plan: ImportPlan = { add: [], present: [], conflicts: [] };
  const workshops: Workshop[] = [];
  const outcomes: FileOutcome[] = [];
  for (const [i, source] of sources.entries()) {
    if ('error' in source) {
      outcomes.push({ name: source.name, error: source.error, added: 0, present: 0, conflicts: 0, dropped: 0 });
      continue;
    }
    const reading = readResultFile(source.text, bank, index);
    let step = reading.next();
    for (; !step.done; step = reading.next()) yield { file: i + 1, files: sources.length, ...step.value };
    const parsed = step.value;
    if (!parsed.ok) {
      outcomes.push({ name: source.name, error: parsed.error, added: 0, present: 0, conflicts: 0, dropped: 0 });
      continue;
    }
    const part = planImport(known, parsed.value.results);
    part.add.forEach((a) => known.set(a.id, a)); // a later file with the same result is then "present"
    plan.add.push(...part.add);
    plan.present.push(...part.present);
    plan.conflicts.push(...part.conflicts);
    workshops.push(...parsed.value.workshops);
    const dropped = Object.values(parsed.value.dropped).reduce((a, b) => a + b, 0);
    outcomes.push({ name: source.name, added: part.add.length, present: part.present.length, conflicts: part.conflicts.length, dropped, workshops: parsed.value.workshops.length });
  }
  return { outcomes, plan, workshops };
}
