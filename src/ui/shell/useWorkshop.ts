import { useEffect, useState } from 'preact/hooks';
import { getWorkshop } from '../../storage/workshopsRepo';
import { listAnalyses } from '../../storage/analysesRepo';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';
import type { Loading } from './Gate';

/** A werkplaats with every result on the device (its own, and those that can be added). */
export interface WorkshopData {
  workshop: Workshop;
  all: Analysis[];
}

/** Loads a werkplaats and the results; `replace` shows a newer version after a save. */
export function useWorkshop(id: string) {
  const [state, setState] = useState<Loading<WorkshopData>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([getWorkshop(id), listAnalyses()]).then(
      ([workshop, all]) => live && setState(workshop ? { status: 'ready', value: { workshop, all } } : { status: 'missing' }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const replace = (workshop: Workshop) => setState((s) => (s.status === 'ready' ? { status: 'ready', value: { ...s.value, workshop } } : s));
  return { state, replace };
}
