import type { Analysis } from '../../core/analysis';

/** Labels by role only ("Gemeente", "Maatschappelijke instelling 2"): for when party names are hidden. */
export function roleNames(analyses: Analysis[], roleLabel: (role: Analysis['party']['role']) => string): string[] {
  const total = new Map<string, number>();
  analyses.forEach((a) => total.set(a.party.role, (total.get(a.party.role) ?? 0) + 1));
  const seen = new Map<string, number>();
  return analyses.map((a) => {
    const n = (seen.get(a.party.role) ?? 0) + 1;
    seen.set(a.party.role, n);
    return (total.get(a.party.role) ?? 0) > 1 ? `${roleLabel(a.party.role)} ${n}` : roleLabel(a.party.role);
  });
}
