import { storeImported } from '../../storage/analysesRepo';
import { listWorkshops, storeImportedWorkshops } from '../../storage/workshopsRepo';
import { newWorkshopId } from '../../core/ids';
import type { Workshop } from '../../core/workshop';
import { newAnalysisId } from '../../core/ids';
import { cleanName, type Analysis } from '../../core/analysis';
import type { ImportPlan } from '../../core/compare/mergeResults';

/** What the user chose for a result that exists here with other content. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/**
 * Applies a planned import with the user's choices; returns the ids that are now on the device.
 * `onProgress` hears how many results are stored so far.
 */
export async function applyImport(
  plan: ImportPlan,
  choices: ReadonlyMap<string, ConflictChoice>,
  copySuffix: string,
  onProgress?: (stored: number, total: number) => void,
): Promise<string[]> {
  const adds: Analysis[] = [...plan.add];
  const replaces: Analysis[] = [];
  const ids = [...plan.add, ...plan.present].map((a) => a.id);
  for (const { local, incoming } of plan.conflicts) {
    const choice = choices.get(incoming.id) ?? 'mine';
    if (choice === 'theirs') replaces.push(incoming);
    if (choice === 'both') {
      const copy = { ...incoming, id: newAnalysisId(), name: cleanName(`${incoming.name} ${copySuffix}`) };
      adds.push(copy);
      ids.push(copy.id);
    }
    ids.push(local.id);
  }
  if (adds.length > 0 || replaces.length > 0) await storeImported(adds, replaces, new Date(), onProgress);
  return [...new Set(ids)];
}

/**
 * Stores imported werkplaatsen: a new one as it is; one that is here already with the same
 * content is skipped; one that is here with other content is kept as a copy (nothing is overwritten).
 * Result ids that "keep both" gave a new id are not followed: the copy refers to the original result.
 */
export async function applyWorkshops(workshops: Workshop[]): Promise<string[]> {
  if (workshops.length === 0) return [];
  const local = new Map((await listWorkshops()).map((w) => [w.id, w]));
  const same = (a: Workshop, b: Workshop) => JSON.stringify({ ...a, exportedAt: undefined }) === JSON.stringify({ ...b, exportedAt: undefined });
  const adds = workshops.flatMap((w) => {
    const mine = local.get(w.id);
    if (!mine) return [w];
    return same(mine, w) ? [] : [{ ...w, id: newWorkshopId() }];
  });
  await storeImportedWorkshops(adds);
  return adds.map((w) => w.id);
}
