import { useEffect, useState } from 'preact/hooks';
import { getWorkshop } from '../../storage/workshopsRepo';
import { getAnalyses } from '../../storage/analysesRepo';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';
import type { Loading } from './Gate';

/** A werkplaats with those of its results that are on this device (in its order). */
export interface WorkshopData {
  workshop: Workshop;
  results: Analysis[];
}

/** Loads a werkplaats and its results; `replace` shows a newer version after a save (and loads its results again). */
export function useWorkshop(id: string) {
  const [state, setState] = useState<Loading<WorkshopData>>({ status: 'loading' });
  const load = async (workshop: Workshop | undefined): Promise<Loading<WorkshopData>> =>
    workshop ? { status: 'ready', value: { workshop, results: await getAnalyses(workshop.resultIds) } } : { status: 'missing' };
  useEffect(() => {
    let live = true;
    getWorkshop(id)
      .then(load)
      .then(
        (next) => live && setState(next),
        () => live && setState({ status: 'error' }),
      );
    return () => {
      live = false;
    };
  }, [id]);
  const replace = (workshop: Workshop) =>
    void load(workshop).then(setState, () => setState({ status: 'error' }));
  return { state, replace };
}
