import { useAnalysis } from '../shell/useAnalysis';
import { Gate } from '../shell/Gate';
import { WerkplanView } from './WerkplanView';

/** Notes and actions per kenmerk of one analysis: the werkplan. */
export function WerkplanScreen({ id }: { id: string }) {
  const { state, replace } = useAnalysis(id);
  return <Gate state={state}>{(analysis) => <WerkplanView analysis={analysis} onChange={replace} />}</Gate>;
}
