import { proxy, wrap, type Remote } from 'comlink';
import workerUrl from 'virtual:import-worker-url';
import { listAnalyses, noteImportStored, storageKind, storeImported } from '../storage/analysesRepo';
import { buildExport } from './buildExport';
import type { ExportRequest } from './exportRequest';
import { listWorkshops } from '../storage/workshopsRepo';
import type { Bank } from '../core/bank/types';
import type { Importer, LocalRecords } from './importer';
import type { AppliedImport, ConflictChoice, ImportInput, ImportProgress, PreparedImport } from './types';

let remote: Remote<Importer> | null = null;
let failure: Promise<never> | null = null;

/** The import worker (started on first use), and a promise that rejects if it cannot run. */
function worker(): { api: Remote<Importer>; failed: Promise<never> } {
  if (!remote || !failure) {
    const w = new Worker(workerUrl, { type: 'module', name: 'bondgenoten-import' });
    failure = new Promise<never>((_, reject) => {
      w.addEventListener('error', (event) => {
        event.preventDefault();
        remote = null;
        failure = null;
        reject(new Error('the import worker could not run'));
      });
    });
    failure.catch(() => undefined);
    remote = wrap<Importer>(w);
  }
  return { api: remote, failed: failure };
}

/** The records as the worker needs them: in IndexedDB it reads them itself; in memory the page hands them over. */
async function localRecords(): Promise<LocalRecords> {
  if ((await storageKind()) === 'indexeddb') return { kind: 'stored' };
  return { kind: 'given', analyses: await listAnalyses(), workshops: await listWorkshops() };
}

/** Starts the import worker and lets it open storage, so that the import itself starts at once. */
export function warmUpImport(): void {
  worker().api.ready().catch(() => undefined);
}

/**
 * Makes a result file of the results on this device (all, or these ids) in the worker, and notes
 * them as exported. In memory mode the page holds the records and makes it itself.
 */
export async function exportFile(request: ExportRequest): Promise<{ name: string; blob: Blob; count: number }> {
  if ((await storageKind()) === 'memory') return buildExport(request);
  const { api, failed } = worker();
  return Promise.race([api.exportFile(request), failed]);
}

/** Reads and checks files or a link in the import worker; changes nothing yet. */
export async function prepareImport(inputs: ImportInput[], bank: Bank, onProgress: (p: ImportProgress) => void): Promise<PreparedImport> {
  const { api, failed } = worker();
  const local = await localRecords();
  return Promise.race([api.prepare(inputs, bank, local, proxy(onProgress)), failed]);
}

/** Stores a prepared import with the user's choices for results that are here with other content. */
export async function applyImport(
  token: string,
  choices: ReadonlyMap<string, ConflictChoice>,
  copySuffix: string,
  onProgress: (p: ImportProgress) => void,
): Promise<AppliedImport> {
  const { api, failed } = worker();
  const { applied, batch } = await Promise.race([api.apply(token, [...choices], copySuffix, proxy(onProgress)), failed]);
  if (batch) await storeImported(batch.adds, batch.replaces, batch.workshops, new Date(), undefined, batch.restored); // memory mode: the page holds the records
  else if (applied.ids.length + applied.workshops.length > 0) noteImportStored(); // the worker has no localStorage
  return applied;
}
