/** Why a file was refused; the UI translates the code and shows the detail. */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-many-files'
  | 'not-json'
  | 'not-a-result-file'
  | 'newer-version'
  | 'unsupported-version'
  | 'too-many-results'
  | 'no-results'
  | 'invalid-result'
  | 'unknown-bank';

/** A refused file: the code, and where the problem is (result number from 1, field path). */
export interface ImportError {
  code: ImportErrorCode;
  result?: number;
  field?: string;
  version?: number;
}
