import { getAnalyses, listAnalyses, markExported } from '../storage/analysesRepo';
import { listWorkshops } from '../storage/workshopsRepo';
import { namedResultFile } from '../core/resultFile/writeFile';
import type { ExportRequest } from './exportRequest';

/**
 * Builds a result file of the results on this device (these ids, or all of them; a backup with
 * every werkplaats and the settings) and notes chosen ones as exported. Runs where the records are: in
 * the import worker, or on the page in memory mode.
 */
export async function buildExport(request: ExportRequest): Promise<{ name: string; blob: Blob; count: number }> {
  const analyses = request.ids === null ? await listAnalyses() : await getAnalyses(request.ids);
  const now = new Date(request.now);
  const { name, text } = namedResultFile(analyses, request.bank, request.appVersion, now, {
    backup: request.backup,
    workshops: request.backup ? await listWorkshops() : [],
    ...(request.settings ? { settings: request.settings } : {}),
  });
  // A backup is noted once, by the page (the start screen counts it for every analysis older
  // than it); marking 20,000 records one by one would take seconds.
  if (!request.backup) await markExported(analyses.map((a) => a.id), now);
  return { name, blob: new Blob([text], { type: 'application/json' }), count: analyses.length };
}
