import { ACTION_MAX, NOTE_MAX, type Action, type AnswerValue, type Level, type Mode, type Role } from '../analysis';

/*
 * The result file format. Rules:
 * - every file is one JSON object with `type` RESULT_FILE_TYPE and an integer `formatVersion`;
 * - a reader refuses a formatVersion newer than it knows, and migrates older ones step by step;
 * - files carry answers, never scores: scores are always recomputed with the bank;
 * - all ids are safe ids (src/core/ids.ts); unknown fields are ignored on import;
 * - a version once shipped never changes; its fixture stays in tests/fixtures/files/.
 */

/** The `type` of every file this app writes. */
export const RESULT_FILE_TYPE = 'bondgenoten-zelfanalyse/results';
/** The format version this app writes. */
export const FORMAT_VERSION = 1;
/**
 * Limits on what is read (`bytes` is checked against the file size, and the text length). Notes
 * and actions have the same limits in a result and in a werkplaats, the same as the app's forms.
 */
export const LIMITS = {
  bytes: 25 * 1024 * 1024,
  results: 20_000,
  workshops: 100,
  /** Names, labels and other free text. */
  text: 2_000,
  /** Keys of an answers or notes object. */
  keys: 1_000,
  note: NOTE_MAX,
  actions: 500,
  action: ACTION_MAX,
} as const;

/** One result as written in a file (version 1). */
export interface ResultV1 {
  id: string;
  name: string;
  party: { name: string; role: Role; level?: Level };
  mode: Mode;
  partnership: string;
  createdAt: string;
  updatedAt: string;
  bank: { id: string; version: string; hash: string };
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
  actions: Action[];
  /** Optional: answers given with an earlier bank version whose statements changed meaning (kept, not scored). */
  earlier?: { bankVersion: string; answers: Record<string, AnswerValue> };
  /** Optional: the id of the earlier measurement of the same party that this result follows up. */
  follows?: string;
}

/**
 * A werkplaats as written in a file (version 1): its results are in the same file. Deliberately a
 * copy of the model's fields, not a reference to `Workshop`: a shipped file version must not change
 * when the model does.
 */
export interface WorkshopV1 {
  id: string;
  name: string;
  resultIds: string[];
  notes: Record<string, string>;
  actions: Action[];
  createdAt: string;
  updatedAt: string;
}

/** Settings that matter to the user, carried by a backup (optional; readers that do not know it ignore it). */
export interface FileSettings {
  language: 'nl' | 'en';
}

/**
 * A backup's local bookkeeping (optional; only backups carry it, readers that do not know it ignore
 * it): per result id when it was imported and exported on the device and the area its user was at;
 * per werkplaats id when it was exported. See deviceState.ts.
 */
export interface DeviceStateV1 {
  results: Record<string, { areaIndex: number; importedAt?: string; exportedAt?: string }>;
  workshops: Record<string, { exportedAt: string }>;
}

/** A whole file as written (version 1). `workshops` and `settings` are optional: readers that do not know them ignore them. */
export interface ResultFileV1 {
  type: typeof RESULT_FILE_TYPE;
  formatVersion: 1;
  app: { name: string; version: string };
  exportedAt: string;
  results: ResultV1[];
  workshops?: WorkshopV1[];
  settings?: FileSettings;
  device?: DeviceStateV1;
}
