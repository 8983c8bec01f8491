import { indexBank, readResultFile } from '../core/resultFile/readFile';
import { planImport, type ImportPlan } from '../core/compare/planImport';
import { toBankVersion } from '../core/bank/carryOver';
import type { ReadInput } from './readInput';
import type { FileOutcome, ImportProgress } from './types';
import type { Analysis } from '../core/analysis';
import type { Workshop } from '../core/workshop';
import type { Bank } from '../core/bank/types';
import type { FileSettings } from '../core/resultFile/format';

/** The outcome per file, one plan for all results together, and the werkplaatsen found. */
export interface CheckedImport {
  outcomes: FileOutcome[];
  plan: ImportPlan;
  workshops: Workshop[];
  /** Every result id that is on the device or in these files. */
  knownIds: Set<string>;
  /** The settings of a backup among the files (the first one found). */
  settings?: FileSettings;
  /** Results restored from a backup with their device bookkeeping (not stamped as imported now). */
  restored: Set<string>;
}

const refused = (name: string, error: FileOutcome['error']): FileOutcome => ({
  name, error, added: 0, present: 0, conflicts: 0, workshops: 0, workshopsWithoutResults: 0, dropped: 0, earlier: 0,
});

/**
 * Checks every file and plans the import against what is on the device; changes nothing.
 * Tells its progress (at most every `everyMs`) through `onProgress`.
 */
export function checkInputs(
  inputs: ReadInput[],
  bank: Bank,
  local: ReadonlyMap<string, Analysis>,
  onProgress: (progress: ImportProgress) => void = () => undefined,
  everyMs = 100,
): CheckedImport {
  const index = indexBank(bank);
  // A local result of an earlier bank version is compared as this version sees it (as the file's results are).
  const known = new Map([...local].map(([id, a]) => [id, a.bankVersion === bank.version ? a : toBankVersion(a, bank).analysis]));
  const plan: ImportPlan = { add: [], present: [], conflicts: [] };
  const workshops: Workshop[] = [];
  const outcomes: FileOutcome[] = [];
  /** Per outcome, the werkplaatsen of its file (told apart once every file is read). */
  const fileWorkshops = new Map<FileOutcome, Workshop[]>();
  let settings: FileSettings | undefined;
  const restored = new Set<string>();
  let told = 0;
  for (const [i, input] of inputs.entries()) {
    if ('error' in input) {
      outcomes.push(refused(input.name, input.error));
      continue;
    }
    const reading = readResultFile(input.text, bank, index);
    let step = reading.next();
    for (; !step.done; step = reading.next()) {
      if (Date.now() - told >= everyMs) {
        told = Date.now();
        onProgress({ phase: 'check', file: i + 1, files: inputs.length, ...step.value });
      }
    }
    const parsed = step.value;
    if (!parsed.ok) {
      outcomes.push(refused(input.name, parsed.error));
      continue;
    }
    const part = planImport(known, parsed.value.results);
    part.add.forEach((a) => known.set(a.id, a)); // a later file with the same result is then "present"
    plan.add.push(...part.add);
    plan.present.push(...part.present);
    plan.conflicts.push(...part.conflicts);
    workshops.push(...parsed.value.workshops);
    parsed.value.restored.forEach((id) => restored.add(id));
    settings ??= parsed.value.settings;
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    const [dropped, earlier] = [sum(parsed.value.dropped), sum(parsed.value.earlier)];
    const outcome: FileOutcome = {
      name: input.name,
      added: part.add.length,
      present: part.present.length,
      conflicts: part.conflicts.length,
      dropped,
      earlier,
      workshops: parsed.value.workshops.length,
      workshopsWithoutResults: 0,
    };
    outcomes.push(outcome);
    fileWorkshops.set(outcome, parsed.value.workshops);
  }
  const knownIds = new Set(known.keys());
  // A werkplaats none of whose results is here (in any file of this import, or on the device) is not counted as a plain werkplaats.
  for (const [outcome, list] of fileWorkshops) outcome.workshopsWithoutResults = list.filter((w) => !w.resultIds.some((id) => knownIds.has(id))).length;
  return { outcomes, plan, workshops, knownIds, restored, ...(settings ? { settings } : {}) };
}
