import type { KenmerkStatus } from '../../core/scoring/scoreKenmerk';

/** The locale key that names a kenmerk's finding. */
export function statusKey(status: KenmerkStatus) {
  return `results.status.${status}` as const;
}
