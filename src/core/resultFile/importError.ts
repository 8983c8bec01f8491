import { LIMITS } from './format';
import type { FieldProblem } from './fields';

/** Why a file was refused; the UI translates the code and shows the detail. */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-many-files'
  | 'not-json'
  | 'png-without-result'
  | 'not-a-result-file'
  | 'newer-version'
  /** A whole-number file version this app cannot read (`version`; `limit` is the version it reads). */
  | 'unsupported-version'
  /** No file version, or one that is not a whole number (`limit` is the version the app reads). */
  | 'no-version'
  | 'too-many-results'
  | 'no-results'
  | 'invalid-result'
  | 'invalid-workshop'
  | 'unknown-bank'
  /** A QR code or short link that is damaged or not ours. */
  | 'bad-code'
  /** A QR code or short link made with another version of the question bank. */
  | 'code-other-bank'
  /** A link with more characters (`count`) than a link may have (`limit`). */
  | 'link-too-long'
  /** A link that unpacks to more than a link may hold (`limit`, in MB). */
  | 'link-too-large';

/**
 * A refused file: the code, and where the problem is — result or werkplaats number (from 1), the
 * field path and what is wrong with it; for limits how many there are against the most allowed
 * (for `too-large` both in MB; for `too-many-files` the files chosen and the most taken at once).
 */
export interface ImportError {
  code: ImportErrorCode;
  result?: number;
  workshop?: number;
  field?: string;
  problem?: FieldProblem;
  count?: number;
  limit?: number;
  /** A short piece of the wrong value, e.g. an impossible date. */
  value?: string;
  version?: number;
}

const MB = 1024 * 1024;

/** Bytes in MB, rounded up to a tenth: a size just over a limit never reads as the limit itself. */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}

/** A file of `bytes` (or a text of that many characters) over LIMITS.bytes: its size and the maximum, in MB. */
export function tooLarge(bytes: number): ImportError {
  return { code: 'too-large', count: megabytes(bytes), limit: megabytes(LIMITS.bytes) };
}
