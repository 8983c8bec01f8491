import type { Analysis } from '../core/analysis';
import type { Workshop } from '../core/workshop';
import type { AnalysisRecord, AnswerRecord } from './records';

/** What an import stores in one step: new results, results that replace local ones, werkplaatsen. */
export interface ImportBatch {
  adds: AnalysisRecord[];
  replaces: AnalysisRecord[];
  workshops: Workshop[];
  /** Results restored from a backup: they keep their own import time (none, for the user's own work). */
  restored?: string[];
}

/**
 * Where the app keeps its records: IndexedDB normally (indexedDbBackend.ts), memory where the
 * browser gives no IndexedDB (memoryBackend.ts). Repositories are the only callers.
 */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  getAnalysis(id: string): Promise<Analysis | undefined>;
  /** These analyses, in the order asked; ids not here are left out. */
  getAnalyses(ids: readonly string[]): Promise<Analysis[]>;
  allAnalyses(): Promise<Analysis[]>;
  /** One page of the list, most recently changed first (read from the by-updated index), and the total. */
  pageOfAnalyses(offset: number, limit: number): Promise<{ total: number; items: Analysis[] }>;
  /** The earliest last-change (`updatedAt`, answers included) of the analyses changed after `after` (all when null), or null. */
  earliestChangeAfter(after: string | null): Promise<string | null>;
  /** Notes that these analyses were exported at `at`, in one step. */
  markExported(ids: readonly string[], at: string): Promise<void>;
  /** Stores a new analysis; rejects when the id exists. */
  addAnalysis(record: AnalysisRecord): Promise<void>;
  /** One answer: one write, nothing read first. */
  putAnswer(answer: AnswerRecord): Promise<void>;
  /** A kept answer (see unsavedAnswers.ts), in one step: stored unless the statement has a later answer. */
  putAnswerUnlessNewer(answer: AnswerRecord): Promise<void>;
  /** Read-modify-write of one analysis record in one step; rejects when it is missing. */
  updateAnalysis(id: string, change: (record: AnalysisRecord) => AnalysisRecord): Promise<Analysis>;
  /** Removes an analysis with its answers. */
  deleteAnalysis(id: string): Promise<void>;
  /** Stores an import: all or nothing. Replaced analyses lose the answers given here (the file's win). */
  storeImport(batch: ImportBatch, onProgress?: (stored: number, total: number) => void): Promise<void>;
  getWorkshop(id: string): Promise<Workshop | undefined>;
  allWorkshops(): Promise<Workshop[]>;
  addWorkshop(workshop: Workshop): Promise<void>;
  updateWorkshop(id: string, change: (workshop: Workshop) => Workshop): Promise<Workshop>;
  deleteWorkshop(id: string): Promise<void>;
}

/** Thrown when a record to change is not (or no longer) there. */
export class MissingRecordError extends Error {
  constructor(readonly id: string) {
    super(`record ${id} not found`);
    this.name = 'MissingRecordError';
  }
}
