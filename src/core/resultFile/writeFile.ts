import { bankHash } from '../bank/bankHash';
import { deviceState } from './deviceState';
import { FORMAT_VERSION, RESULT_FILE_TYPE, type FileSettings, type ResultFileV1, type ResultV1, type WorkshopV1 } from './format';
import type { Workshop } from '../workshop';
import type { Analysis } from '../analysis';
import type { Bank } from '../bank/types';

/** The file name part of a text: lower case, letters and digits, dashes between. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** A readable file name: bondgenoten, partnership, party (when one), date. */
export function resultFileName(analyses: Analysis[], now: Date, extension = 'json'): string {
  const first = analyses[0];
  const parts = ['bondgenoten'];
  const partnerships = new Set(analyses.map((a) => a.partnership).filter(Boolean));
  if (partnerships.size === 1) parts.push(slug([...partnerships][0] ?? ''));
  if (analyses.length === 1 && first) parts.push(slug(first.party.name));
  else parts.push(`${analyses.length}-resultaten`);
  parts.push(localDay(now));
  return `${parts.filter(Boolean).join('-')}.${extension}`;
}

function toResult(analysis: Analysis, bank: Bank, hash: string): ResultV1 {
  const party: ResultV1['party'] = { name: analysis.party.name, role: analysis.party.role };
  if (analysis.party.level) party.level = analysis.party.level;
  return {
    id: analysis.id,
    name: analysis.name,
    party,
    mode: analysis.mode,
    partnership: analysis.partnership,
    createdAt: analysis.createdAt,
    updatedAt: analysis.updatedAt,
    bank: { id: bank.id, version: bank.version, hash },
    answers: { ...analysis.answers },
    notes: { ...analysis.notes },
    actions: analysis.actions.map((a) => ({ ...a })),
    ...(analysis.follows ? { follows: analysis.follows } : {}),
    ...(analysis.earlier ? { earlier: { bankVersion: analysis.earlier.bankVersion, answers: { ...analysis.earlier.answers } } } : {}),
  };
}

/** Options for a file: werkplaatsen to include, and a label that replaces each party's name. */
export interface FileOptions {
  workshops?: Workshop[];
  /**
   * When given, party and result names are replaced by this label (e.g. the role). Names only:
   * ids, level, notes and "who" stay. For an export that cannot be linked back, make the analyses
   * and werkplaats anonymous first with `anonymizeForExport` (./anonymize.ts) and set `anonymous`.
   */
  anonymize?: (analysis: Analysis, index: number) => string;
  /** The analyses and werkplaatsen were made anonymous (`anonymizeForExport`): the file name says "zonder namen". */
  anonymous?: boolean;
  /** A backup carries the settings that matter (e.g. the language). */
  settings?: FileSettings;
  /** A backup of the device: named as one, and it carries the device's bookkeeping (deviceState.ts) so that a restore gives back the device as it was. */
  backup?: boolean;
}

function toWorkshop(w: Workshop): WorkshopV1 {
  return {
    id: w.id,
    name: w.name,
    resultIds: [...w.resultIds],
    notes: { ...w.notes },
    actions: w.actions.map((a) => ({ ...a })),
    createdAt: w.createdAt,
    updatedAt: w.updatedAt,
  };
}

/** Builds the file for one or many analyses (all made with `bank`), optionally with werkplaatsen. */
export function buildResultFile(analyses: Analysis[], bank: Bank, appVersion: string, now: Date, options: FileOptions = {}): ResultFileV1 {
  const hash = bankHash(bank);
  const results = analyses.map((a, i) => {
    const result = toResult(a, bank, hash);
    if (!options.anonymize) return result;
    const label = options.anonymize(a, i);
    return { ...result, name: label, party: { ...result.party, name: label } };
  });
  const file: ResultFileV1 = {
    type: RESULT_FILE_TYPE,
    formatVersion: FORMAT_VERSION,
    app: { name: 'bondgenoten-zelfanalyse', version: appVersion },
    exportedAt: now.toISOString(),
    results,
  };
  if (options.workshops && options.workshops.length > 0) file.workshops = options.workshops.map(toWorkshop);
  if (options.settings) file.settings = { ...options.settings };
  if (options.backup) file.device = deviceState(analyses, options.workshops ?? []);
  return file;
}

/** The file as text (readable JSON). */
export function serializeResultFile(file: ResultFileV1): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The date of `now` in the user's own calendar, as YYYY-MM-DD (an export just after midnight is dated today). */
function localDay(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * A file ready to save: its readable name and its text. A backup (`backup`) is named as one;
 * a file with werkplaatsen or without names says so in its name.
 */
export function namedResultFile(
  analyses: Analysis[],
  bank: Bank,
  appVersion: string,
  now: Date,
  options: FileOptions = {},
): { name: string; text: string } {
  const text = serializeResultFile(buildResultFile(analyses, bank, appVersion, now, options));
  let name = options.backup ? `bondgenoten-back-up-${localDay(now)}.json` : resultFileName(analyses, now);
  if (!options.backup && options.workshops?.length) name = name.replace(/^bondgenoten-/, 'bondgenoten-werkplaats-');
  if (options.anonymize || options.anonymous) name = name.replace(/\.json$/, '-zonder-namen.json');
  return { name, text };
}

