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
  const problems = [...duplicateIds(bank), ...scaleProblems(bank), ...sourceProblems(bank), ...aspectProblems(bank), ...placeholderProblems(bank)];
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
      kenmerk.aspects.forEach((a) => note(a.id));
      kenmerk.statements.forEach((s) => note(s.id));
      kenmerk.advice.forEach((a) => note(a.id));
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

/** Every aspect is rated by statements of its kenmerk or left out with a reason; every statement rates an aspect. */
function aspectProblems(bank: Bank): string[] {
  const problems: string[] = [];
  for (const kenmerk of bank.areas.flatMap((a) => a.kenmerken)) {
    const own = new Set(kenmerk.statements.map((s) => s.id));
    const rated = new Set<string>();
    for (const aspect of kenmerk.aspects) {
      if (Boolean(aspect.ratedBy) === Boolean(aspect.leftOut)) problems.push(`${aspect.id}: needs either ratedBy or leftOut`);
      for (const id of aspect.ratedBy ?? []) {
        if (!own.has(id)) problems.push(`${aspect.id}: rated by ${id}, which is not a statement of ${kenmerk.id}`);
        rated.add(id);
      }
    }
    for (const id of own) if (!rated.has(id)) problems.push(`${id}: rates no aspect of ${kenmerk.id}`);
    for (const s of kenmerk.statements) {
      if (s.carriedOver && !bank.previousVersion) problems.push(`${s.id}: carriedOver without a previousVersion`);
    }
  }
  return problems;
}

/** The only placeholders in a statement are {org} and {Org}, used alike in both languages. */
function placeholderProblems(bank: Bank): string[] {
  const problems: string[] = [];
  for (const s of bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements))) {
    const found = (text: string) => text.match(/\{[^}]*\}/g) ?? [];
    const nl = found(s.text.nl);
    const en = found(s.text.en);
    for (const p of [...nl, ...en]) if (p !== '{org}' && p !== '{Org}') problems.push(`${s.id}: unknown placeholder ${p}`);
    if (nl.length !== en.length) problems.push(`${s.id}: {org} appears ${nl.length}× in Dutch and ${en.length}× in English`);
  }
  return problems;
}
