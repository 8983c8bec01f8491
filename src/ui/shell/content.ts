import { signal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import bankUrl from '../../../questions/bondgenoten.json?url';
import glossaryUrl from '../../../questions/glossary.json?url';
import sourcesUrl from '../../../questions/sources.json?url';
import type { Glossary } from '../../core/content/glossary';
import type { Sources } from '../../core/content/sources';
import type { Bank } from '../../core/bank/types';
import type { Loading } from './Gate';

/** Content loaded on first need (precached, so it works offline): not yet asked for, on its way, there, or failed. */
export type Loadable<T> = Exclude<Loading<T>, { status: 'missing' }>;

/**
 * A light check of the shape. These are the app's own files, shipped with its code and fully
 * validated against their schemas by the test suite (tests/core); a full validation on every
 * start would cost the first screen ~40 ms on a slow phone and find nothing the tests did not.
 */
type Check<T> = (data: unknown) => data is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasArray = (v: unknown, key: string) => isObject(v) && Array.isArray(v[key]);
const isBank = (v: unknown): v is Bank => hasArray(v, 'areas') && isObject(v) && typeof v.id === 'string' && typeof v.version === 'string' && hasArray(v.scale, 'points');
const isGlossary = (v: unknown): v is Glossary => hasArray(v, 'terms');
const isSources = (v: unknown): v is Sources => hasArray(v, 'publications');

async function fetchChecked<T>(url: string, check: Check<T>): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const data: unknown = await response.json();
  if (!check(data)) throw new Error(`${url}: not the expected content`);
  return data;
}

/** A piece of content, fetched and checked the first time a screen needs it; `then` runs before it counts as there. */
function loadable<T>(url: string, check: Check<T>, then: (value: T) => Promise<unknown> = async () => undefined) {
  const state: Signal<Loadable<T>> = signal({ status: 'idle' });
  return {
    state,
    /** Starts loading unless it is there or on its way (after a failure, tries again). */
    need(): void {
      if (state.value.status === 'loading' || state.value.status === 'ready') return;
      state.value = { status: 'loading' };
      fetchChecked(url, check).then(
        (value) =>
          then(value).then(
            () => (state.value = { status: 'ready', value }),
            () => (state.value = { status: 'ready', value }), // a failed upgrade leaves records as they were: openAnalysis upgrades each
          ),
        () => (state.value = { status: 'error' }),
      );
    },
  };
}

/**
 * The question bank: statements, scale, thresholds. Before screens get it, the analyses on this
 * device are brought to its version (once per version; see upgradeStoredAnalyses).
 */
export const bankContent = loadable<Bank>(bankUrl, isBank, (bank) => import('../../storage/analysesRepo').then((m) => m.upgradeStoredAnalyses(bank)));
/** The glossary (without it, terms are plain text). */
export const glossaryContent = loadable<Glossary>(glossaryUrl, isGlossary);
/** The list of source publications. */
export const sourcesContent = loadable<Sources>(sourcesUrl, isSources);

/** The loaded bank; only for components below a <NeedsBank> gate, which renders them once it is there. */
export function useBank(): Bank {
  const state = bankContent.state.value;
  if (state.status !== 'ready') throw new Error('useBank outside NeedsBank');
  return state.value;
}

/** The state of a piece of content, asking for it on first use. */
export function useContent<T>(content: { state: Signal<Loadable<T>>; need: () => void }): Loadable<T> {
  useEffect(() => content.need(), []);
  return content.state.value;
}

/** The loaded glossary, or null while it is not (yet) there: terms in running text are then plain text. */
export function useGlossary(): Glossary | null {
  const state = useContent(glossaryContent);
  return state.status === 'ready' ? state.value : null;
}
