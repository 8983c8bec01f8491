import bankUrl from '../../../questions/bondgenoten.json?url';
import { validateBank } from '../../core/bank/validateBank';
import type { Bank } from '../../core/bank/types';

/** Fetches the question bank (precached for offline use) and validates it before use. */
export async function loadBank(): Promise<Bank> {
  const response = await fetch(bankUrl);
  if (!response.ok) throw new Error(`bank: HTTP ${response.status}`);
  const checked = validateBank(await response.json());
  if (!checked.ok) throw new Error(`bank: ${checked.error.slice(0, 3).join('; ')}`);
  return checked.value;
}
