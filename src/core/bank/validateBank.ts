import * as v from 'valibot';
import { fail, ok, type Result } from '../result';
import { bankSchema } from './bankSchema';
import type { Bank } from './types';

/** Checks the shape of unknown data and the rules a schema cannot say; lists every problem found. */
export function validateBank(data: unknown): Result<Bank, string[]> {
  const parsed = v.safeParse(bankSchema, data);
  if (!parsed.success) {
    return fail(parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`));
  }
  const bank: Bank = parsed.output;
  const problems = [...duplicateIds(bank), ...scaleProblems(bank), ...sourceProblems(bank)];
  return problems.length > 0 ? fail(problems) : ok(bank);
}

function duplicateIds(bank: Bank): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const note = (id: string) => {
    if (seen.has(id)) problems.push(`duplicate id: ${id}`);
    seen.add(id);
  };
  for (const area of bank.areas) {
    note(area.id);
    for (const kenmerk of area.kenmerken) {
      note(kenmerk.id);
      kenmerk.statements.forEach((s) => note(s.id));
      kenmerk.advice?.forEach((a) => note(a.id));
    }
  }
  return problems;
}

function scaleProblems(bank: Bank): string[] {
  const values = bank.scale.points.map((p) => p.value);
  const ascending = values.every((value, i) => i === 0 || value === (values[i - 1] ?? 0) + 1);
  return ascending ? [] : ['scale.points: values must be consecutive whole numbers, ascending'];
}

function sourceProblems(bank: Bank): string[] {
  const problems: string[] = [];
  JSON.stringify(bank, (key, value: unknown) => {
    if (key === 'source' && Array.isArray(value)) {
      for (const ref of value as { from: number; to: number }[]) {
        if (ref.from > ref.to) problems.push(`source range ${ref.from}-${ref.to} runs backwards`);
      }
    }
    return value;
  });
  return problems;
}
