import { useEffect, useState } from 'preact/hooks';
import { getAnalysis } from '../../storage/analysesRepo';
import type { Analysis } from '../../core/analysis';

/** Loading state of one analysis. */
export type AnalysisState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error' }
  | { status: 'ready'; analysis: Analysis };

/** Loads an analysis from the device; `replace` updates it after a save. */
export function useAnalysis(id: string) {
  const [state, setState] = useState<AnalysisState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    getAnalysis(id).then(
      (analysis) => live && setState(analysis ? { status: 'ready', analysis } : { status: 'missing' }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const replace = (analysis: Analysis) => setState({ status: 'ready', analysis });
  return { state, replace };
}
