import type { Analysis } from '../core/analysis';
import type { ImportError } from '../core/resultFile/importError';
import type { ReadProgress } from '../core/resultFile/readFile';
import type { FileSettings } from '../core/resultFile/format';

/** Something to import, as the page hands it over: a picked or dropped file, or a link's payload. */
export type ImportInput = { kind: 'file'; file: File } | { kind: 'link'; name: string; payload: string };

/** What happened to one file. */
export interface FileOutcome {
  name: string;
  error?: ImportError;
  added: number;
  present: number;
  conflicts: number;
  /** Werkplaatsen in the file. */
  workshops: number;
  /** Of those, the ones none of whose results is in the files of this import or on the device. */
  workshopsWithoutResults: number;
  /** Notes or actions left out: their kenmerk is not in our bank. */
  dropped: number;
  /** Answers kept but not scored: they belong to an earlier version of the bank. */
  earlier: number;
}

/** A result that is here with other content: both versions, for the user to choose. */
export interface Conflict {
  local: Analysis;
  incoming: Analysis;
}

/** What the check of an import found; the plan itself stays in the worker under `token`. */
export interface PreparedImport {
  token: string;
  outcomes: FileOutcome[];
  conflicts: Conflict[];
  /** Settings carried by a backup among the files. */
  settings?: FileSettings;
}

/**
 * A werkplaats stored by an import, and how many of its results are neither in the files nor on
 * the device (`total` 0: it has no results at all).
 */
export interface WorkshopLinks {
  name: string;
  total: number;
  missing: number;
}

/** How far an import is: checking file `file` of `files` (results `read` of `total`), or storing. */
export type ImportProgress =
  | ({ phase: 'check'; file: number; files: number } & ReadProgress)
  | { phase: 'store'; stored: number; total: number };

/** What the user chose for a result that exists here with other content. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** What an applied import left on the device: the results of the files, and the werkplaatsen stored. */
export interface AppliedImport {
  ids: string[];
  workshops: string[];
  /** Werkplaatsen with links to results that are not here (the links are kept), or with no results at all. */
  links: WorkshopLinks[];
}
