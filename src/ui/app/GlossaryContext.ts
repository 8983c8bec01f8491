import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Glossary } from '../../core/content/glossary';

/** The glossary once loaded (null before, or when it could not be loaded: terms are then plain text). */
export const GlossaryContext = createContext<Glossary | null>(null);

/** The loaded glossary, or null. */
export function useGlossary(): Glossary | null {
  return useContext(GlossaryContext);
}
