import { listAnalyses, storeImported } from '../storage/analysesRepo';
import { listWorkshops } from '../storage/workshopsRepo';
import { checkInputs, type CheckedImport } from './checkInputs';
import { readInput } from './readInput';
import { resolveImport } from './resolveImport';
import type { Analysis } from '../core/analysis';
import type { Workshop } from '../core/workshop';
import type { Bank } from '../core/bank/types';
import type { ImportBatch } from '../storage/backend';
import type { ExportRequest } from './exportRequest';
import { buildExport } from './buildExport';
import type { AppliedImport, ConflictChoice, ImportInput, ImportProgress, PreparedImport } from './types';

/** Where the records are: read and written by the importer itself, or held by the page (memory mode). */
export type LocalRecords = { kind: 'stored' } | { kind: 'given'; analyses: Analysis[]; workshops: Workshop[] };

const checked = new Map<string, { check: CheckedImport; local: LocalRecords }>();
let counter = 0;

/**
 * The import, as the worker runs it (import.worker.ts exposes this object): read and check the
 * files, plan them against what is here, then store what the user chose. Nothing is stored
 * before `apply`; a refused file changes nothing.
 */
export const importer = {
  /** Reads and checks the inputs; the plan waits under the returned token for `apply`. */
  async prepare(inputs: ImportInput[], bank: Bank, local: LocalRecords, onProgress?: (p: ImportProgress) => void): Promise<PreparedImport> {
    const read = await Promise.all(inputs.map((input, i) => readInput(input, i, bank, inputs.length)));
    const analyses = local.kind === 'given' ? local.analyses : await listAnalyses();
    const check = checkInputs(read, bank, new Map(analyses.map((a) => [a.id, a])), onProgress);
    const token = `import-${(counter += 1)}`;
    checked.set(token, { check, local });
    return { token, outcomes: check.outcomes, conflicts: check.plan.conflicts, ...(check.settings ? { settings: check.settings } : {}) };
  },

  /**
   * Stores the import with the user's choices (all or nothing), or, when the page holds the
   * records (memory mode), hands back what to store.
   */
  async apply(
    token: string,
    choices: [string, ConflictChoice][],
    copySuffix: string,
    onProgress?: (p: ImportProgress) => void,
  ): Promise<{ applied: AppliedImport; batch?: ImportBatch }> {
    const entry = checked.get(token);
    if (!entry) throw new Error('unknown import');
    checked.delete(token);
    const workshops = entry.local.kind === 'given' ? entry.local.workshops : await listWorkshops();
    const { batch, applied } = resolveImport(entry.check, new Map(choices), copySuffix, new Map(workshops.map((w) => [w.id, w])));
    if (entry.local.kind === 'given') return { applied, batch };
    if (batch.adds.length + batch.replaces.length + batch.workshops.length > 0) {
      await storeImported(batch.adds, batch.replaces, batch.workshops, new Date(), (stored, total) => onProgress?.({ phase: 'store', stored, total }), batch.restored);
    }
    return { applied };
  },

  /**
   * Builds a result file here (a backup of 20,000 results never holds up the page): the chosen
   * results or all of them, with every werkplaats for a backup; then notes them as exported.
   */
  exportFile: (request: ExportRequest) => buildExport(request),

  /** Gets ready (code loaded, storage open) while the user picks files. */
  async ready(): Promise<void> {
    await listWorkshops();
  },

  /** Forgets a checked import the user did not go on with. */
  discard(token: string): void {
    checked.delete(token);
  },
};

/** The importer's interface, as the page sees it through the worker. */
export type Importer = typeof importer;
