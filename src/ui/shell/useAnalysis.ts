import { useEffect, useState } from 'preact/hooks';
import { openAnalysis } from '../../storage/analysesRepo';
import { useBank } from './content';
import { onOtherTabChange } from '../../storage/statusRepo';
import type { Analysis } from '../../core/analysis';
import type { Loading } from './Gate';

/**
 * Loads an analysis from the device, and loads it again when another tab changes it.
 * `replace` shows a newer version after this tab saved it.
 */
export function useAnalysis(id: string) {
  const bank = useBank();
  const [state, setState] = useState<Loading<Analysis>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    const load = () =>
      openAnalysis(id, bank).then(
        (analysis) => live && setState(analysis ? { status: 'ready', value: analysis } : { status: 'missing' }),
        () => live && setState({ status: 'error' }),
      );
    setState({ status: 'loading' });
    void load();
    const stop = onOtherTabChange((ids) => ids.has(id) && void load());
    return () => {
      live = false;
      stop();
    };
  }, [id]);
  const replace = (analysis: Analysis) => setState({ status: 'ready', value: analysis });
  return { state, replace };
}
