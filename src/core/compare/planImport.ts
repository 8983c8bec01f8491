import type { Analysis } from '../analysis';

/** The content of an analysis as one canonical string: the same content gives the same string. */
export function canonical(a: Analysis): string {
  const sortKeys = (record: Record<string, unknown>) => Object.fromEntries(Object.keys(record).sort().map((k) => [k, record[k]]));
  return JSON.stringify([
    a.id, a.name, a.bankId, a.party.name, a.party.role, a.party.level ?? null, a.mode, a.partnership,
    a.createdAt, a.updatedAt, sortKeys(a.answers), sortKeys(a.notes),
    [...a.actions].sort((x, y) => x.id.localeCompare(y.id)).map((x) => [x.id, x.kenmerkId, x.what, x.who, x.when]),
    a.earlier ? [a.earlier.bankVersion, sortKeys(a.earlier.answers)] : null,
    a.follows ?? null,
  ]);
}

/** True when two analyses hold the same content (local bookkeeping such as exportedAt aside). */
export function sameContent(a: Analysis, b: Analysis): boolean {
  return canonical(a) === canonical(b);
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
