import { withDeviceState } from './deviceState';
import { bankHash } from '../bank/bankHash';
import { fail, ok, type Result } from '../result';
import { FieldError, isRecord, own } from './fields';
import { FORMAT_VERSION, LIMITS, RESULT_FILE_TYPE, type FileSettings } from './format';
import { readResult, UnknownBankError, type BankIndex } from './readResult';
import { readWorkshop } from './readWorkshop';
import { runToEnd } from '../steps';
import type { Workshop } from '../workshop';
import { tooLarge, type ImportError } from './importError';
import type { Analysis } from '../analysis';
import type { Bank } from '../bank/types';

/** A file that was read: its results as analyses of our bank, and what could not be compared. */
export interface ImportedFile {
  results: Analysis[];
  /** Per result or werkplaats (by id): how many notes or actions were left out (a kenmerk we do not have). */
  dropped: Record<string, number>;
  /** Per result (by id): how many answers belong to an earlier version of the bank (kept, not scored). */
  earlier: Record<string, number>;
  /** Werkplaatsen in the file (their result ids refer to results in the file or on a device). */
  workshops: Workshop[];
  /** Settings, when the file is a backup. */
  settings?: FileSettings;
  /** Results whose device bookkeeping the file (a backup) carries: restored as they were, not stamped as imported now. */
  restored: string[];
}

/**
 * Migrations from each older format version to the next, applied in turn. A version once
 * shipped keeps its step forever. (Version 1 is the first; there is nothing to migrate yet.)
 */
const MIGRATIONS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

/** Builds the lookups a reader needs from the bank. */
export function indexBank(bank: Bank): BankIndex {
  const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
  return {
    bank,
    hash: bankHash(bank),
    kenmerken: new Set(kenmerken.map((k) => k.id)),
    statements: new Set(kenmerken.flatMap((k) => k.statements.map((s) => s.id))),
    scale: new Set(bank.scale.points.map((p) => p.value)),
  };
}

function parseJson(text: string): Result<unknown, ImportError> {
  if (!/\S/.test(text)) return fail({ code: 'empty' }); // (no copy of a large text, unlike trim())
  if (text.length > LIMITS.bytes) return fail(tooLarge(text.length));
  try {
    return ok(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown);
  } catch {
    return fail({ code: 'not-json' }); // also nesting too deep for the engine's parser, where it has a limit
  }
}

/** How far the reading of one file is: results checked so far, of how many. */
export interface ReadProgress {
  read: number;
  total: number;
}

/** Where and what, from a FieldError (anything else is an unreadable entry). */
function fieldDetail(error: unknown): Pick<ImportError, 'field' | 'problem' | 'count' | 'limit' | 'value'> {
  if (!(error instanceof FieldError)) return { problem: 'wrong' };
  return { field: error.field, problem: error.problem, ...error.detail };
}

/** The settings a backup carries (only what the app knows; anything else is ignored). */
function readSettings(raw: unknown): FileSettings | null {
  if (!isRecord(raw)) return null;
  const language = own(raw, 'language');
  return language === 'nl' || language === 'en' ? { language } : null;
}

/** Results checked between two progress steps. */
const STEP = 100;

/**
 * Reads a result file: guard → refuse newer versions → migrate → check and restore every
 * result → a list of analyses, or one error. Never throws; never changes anything.
 */
export function parseResultFile(text: string, bank: Bank, index: BankIndex = indexBank(bank), now = new Date()): Result<ImportedFile, ImportError> {
  return runToEnd(readResultFile(text, bank, index, now));
}

/**
 * The same reading, in steps: it yields its progress every hundred results, so that a caller
 * can pause between steps and show how far it is. Dates after `now` (plus a day) are refused.
 */
export function* readResultFile(
  text: string,
  bank: Bank,
  index: BankIndex = indexBank(bank),
  now = new Date(),
): Generator<ReadProgress, Result<ImportedFile, ImportError>, void> {
  const json = parseJson(text);
  if (!json.ok) return json;
  if (!isRecord(json.value) || own(json.value, 'type') !== RESULT_FILE_TYPE) return fail({ code: 'not-a-result-file' });
  let file: Record<string, unknown> = json.value;
  const version = own(file, 'formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail({ code: 'no-version', limit: FORMAT_VERSION });
  if (version < 1) return fail({ code: 'unsupported-version', version, limit: FORMAT_VERSION });
  if (version > FORMAT_VERSION) return fail({ code: 'newer-version', version });
  for (let v = version; v < FORMAT_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return fail({ code: 'unsupported-version', version, limit: FORMAT_VERSION });
    file = step(file);
  }
  const results = own(file, 'results');
  if (!Array.isArray(results)) return fail({ code: 'not-a-result-file' });
  if (results.length === 0) return fail({ code: 'no-results' });
  if (results.length > LIMITS.results) return fail({ code: 'too-many-results', count: results.length, limit: LIMITS.results });

  const read: Analysis[] = [];
  const dropped: Record<string, number> = {};
  const earlier: Record<string, number> = {};
  const seen = new Set<string>();
  for (const [i, raw] of results.entries()) {
    if (i % STEP === 0) yield { read: i, total: results.length };
    try {
      const { analysis, dropped: n, earlier: old } = readResult(raw, index, now);
      if (seen.has(analysis.id)) throw new FieldError('id', 'duplicate');
      seen.add(analysis.id);
      read.push(analysis);
      if (n > 0) dropped[analysis.id] = n;
      if (old > 0) earlier[analysis.id] = old;
    } catch (error) {
      if (error instanceof UnknownBankError) return fail({ code: 'unknown-bank', result: i + 1 });
      return fail({ code: 'invalid-result', result: i + 1, ...fieldDetail(error) });
    }
  }
  const rawWorkshops = own(file, 'workshops') ?? [];
  if (!Array.isArray(rawWorkshops)) return fail({ code: 'invalid-workshop', field: 'workshops', problem: 'wrong' });
  if (rawWorkshops.length > LIMITS.workshops) return fail({ code: 'invalid-workshop', field: 'workshops', problem: 'too-many', count: rawWorkshops.length, limit: LIMITS.workshops });
  const workshops: Workshop[] = [];
  const seenWorkshops = new Set<string>();
  for (const [i, raw] of rawWorkshops.entries()) {
    try {
      const { workshop, dropped: n } = readWorkshop(raw, index.kenmerken, now);
      if (seenWorkshops.has(workshop.id)) throw new FieldError('id', 'duplicate');
      seenWorkshops.add(workshop.id);
      workshops.push(workshop);
      if (n > 0) dropped[workshop.id] = n;
    } catch (error) {
      return fail({ code: 'invalid-workshop', workshop: i + 1, ...fieldDetail(error) });
    }
  }
  const settings = readSettings(own(file, 'settings'));
  const device = withDeviceState(own(file, 'device'), read, workshops, bank.areas.length, now);
  return ok({ results: device.results, dropped, earlier, workshops: device.workshops, restored: device.restored, ...(settings ? { settings } : {}) });
}
