import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Bank } from '../../core/bank/types';

/** The loaded question bank, available to every screen. */
export const BankContext = createContext<Bank | null>(null);

/** The loaded bank; only used below the App, which renders screens once the bank is there. */
export function useBank(): Bank {
  const bank = useContext(BankContext);
  if (!bank) throw new Error('useBank outside BankContext');
  return bank;
}
