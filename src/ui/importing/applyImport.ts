import { storeImported } from '../../storage/analysesRepo';
import { newAnalysisId } from '../../core/ids';
import { cleanName, type Analysis } from '../../core/analysis';
import type { ImportPlan } from '../../core/compare/mergeResults';

/** What the user chose for a result that exists here with other content. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** Applies a planned import with the user's choices; returns the ids that are now on the device. */
export async function applyImport(plan: ImportPlan, choices: ReadonlyMap<string, ConflictChoice>, copySuffix: string): Promise<string[]> {
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
  if (adds.length > 0 || replaces.length > 0) await storeImported(adds, replaces);
  return [...new Set(ids)];
}
