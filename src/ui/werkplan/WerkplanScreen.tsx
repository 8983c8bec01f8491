import { useAnalysis } from '../shell/useAnalysis';
import { Gate } from '../shell/Gate';
import { route } from '../shell/route';
import { WerkplanView } from './WerkplanView';

/** Notes and actions per kenmerk of one analysis: the werkplan, opened at a kenmerk when the address names one. */
export function WerkplanScreen({ id }: { id: string }) {
  const { state, replace } = useAnalysis(id);
  const r = route.value;
  const kenmerkId = r.screen === 'werkplan' && r.id === id ? r.kenmerkId : undefined;
  return <Gate state={state}>{(analysis) => <WerkplanView analysis={analysis} onChange={replace} kenmerkId={kenmerkId} />}</Gate>;
}
