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
  | 'unsupported-version'
  | 'too-many-results'
  | 'no-results'
  | 'invalid-result'
  | 'invalid-workshop'
  | 'unknown-bank'
  /** A QR code or short link that is damaged or not ours. */
  | 'bad-code'
  /** A QR code or short link made with another version of the question bank. */
  | 'code-other-bank';

/**
 * A refused file: the code, and where the problem is — result or werkplaats number (from 1), the
 * field path and what is wrong with it; for limits how many there are against the most allowed.
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
