import { newAnalysisId, newWorkshopId } from '../core/ids';
import { cleanName, type Analysis } from '../core/analysis';
import type { ImportBatch } from '../storage/backend';
import type { Workshop } from '../core/workshop';
import type { CheckedImport } from './checkInputs';
import type { AppliedImport, ConflictChoice } from './types';

/**
 * Turns a checked import and the user's choices into what to store, and the ids it leaves on the
 * device. A conflict is kept as it is here unless the user chose otherwise. A werkplaats that is
 * here with the same content is skipped; one that is here with other content is added as a copy
 * (nothing is overwritten).
 */
export function resolveImport(
  checked: CheckedImport,
  choices: ReadonlyMap<string, ConflictChoice>,
  copySuffix: string,
  localWorkshops: ReadonlyMap<string, Workshop>,
): { batch: ImportBatch; applied: AppliedImport } {
  const { plan } = checked;
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
  const same = (a: Workshop, b: Workshop) => JSON.stringify({ ...a, exportedAt: undefined }) === JSON.stringify({ ...b, exportedAt: undefined });
  const known = new Map(localWorkshops);
  const workshops = checked.workshops.flatMap((w) => {
    const mine = known.get(w.id);
    if (mine && same(mine, w)) return [];
    const stored = mine ? { ...w, id: newWorkshopId() } : w;
    known.set(w.id, w); // the same werkplaats in a later file is then "present"
    return [stored];
  });
  // Said in the summary: links to results that are not here (they stay stored), and a werkplaats without results.
  const links = workshops
    .map((w) => ({ name: w.name, total: w.resultIds.length, missing: w.resultIds.filter((r) => !checked.knownIds.has(r)).length }))
    .filter((l) => l.missing > 0 || l.total === 0);
  const restored = [...adds, ...replaces].filter((a) => checked.restored.has(a.id)).map((a) => a.id);
  return { batch: { adds, replaces, workshops, restored }, applied: { ids: [...new Set(ids)], workshops: workshops.map((w) => w.id), links } };
}
