import type { Bank } from '../core/bank/types';
import type { FileSettings } from '../core/resultFile/format';

/** A file to make of the results on this device: these ids (null: all), as a backup or not. */
export interface ExportRequest {
  ids: string[] | null;
  /** A backup: every werkplaats goes with it, and the settings. */
  backup: boolean;
  settings?: FileSettings;
  bank: Bank;
  appVersion: string;
  /** ISO time of the export. */
  now: string;
}
