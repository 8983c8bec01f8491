import type { Analysis } from '../analysis';

/** The content of an analysis as one canonical string: the same content gives the same string. */
export function canonical(a: Analysis): string {
  const sortKeys = (record: Record<string, unknown>) => Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
  return JSON.stringify([
    a.id, a.name, a.bankId, a.party.name, a.party.role, a.party.level ?? null, a.mode, a.partnership,
    a.createdAt, a.updatedAt, sortKeys(a.answers), sortKeys(a.notes),
    [...a.actions].sort((x, y) => x.id.localeCompare(y.id)).map((x) => [x.id, x.kenmerkId, x.what, x.who, x.when]),
  ]);
}

/** True when two analyses hold the same content (local bookkeeping such as exportedAt aside). */
export function sameContent(a: Analysis, b: Analysis): boolean {
  return canonical(a) === canonical(b);
}

/** The content plus local bookkeeping: a total order for ties, so a merge never depends on input order. */
function fullKey(a: Analysis): string {
  return `${canonical(a)}|${JSON.stringify([a.areaIndex, a.exportedAt ?? '', a.importedAt ?? ''])}`;
}

/** Of two versions of one result, the one that wins a merge: the later change, else the larger key. */
function winner(a: Analysis, b: Analysis): Analysis {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta > tb ? a : b;
  return fullKey(a) >= fullKey(b) ? a : b;
}

/**
 * Merges sets of results into one, by id. Deterministic: the order of the sets and of their
 * items does not matter, and merging a set with itself changes nothing. Sorted by id.
 */
export function mergeResults(...sets: readonly Analysis[][]): Analysis[] {
  const byId = new Map<string, Analysis>();
  for (const set of sets) {
    for (const item of set) {
      const current = byId.get(item.id);
      byId.set(item.id, current ? winner(current, item) : item);
    }
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** What an import would do to the local results: add new ones, skip identical ones, ask about the rest. */
export interface ImportPlan {
  add: Analysis[];
  present: Analysis[];
  conflicts: { local: Analysis; incoming: Analysis }[];
}

/** Plans an import without changing anything: the same id with other content is a conflict for the user. */
export function planImport(local: ReadonlyMap<string, Analysis>, incoming: readonly Analysis[]): ImportPlan {
  const plan: ImportPlan = { add: [], present: [], conflicts: [] };
  for (const item of incoming) {
    const mine = local.get(item.id);
    if (!mine) plan.add.push(item);
    else if (sameContent(mine, item)) plan.present.push(item);
    else plan.conflicts.push({ local: mine, incoming: item });
  }
  return plan;
}
