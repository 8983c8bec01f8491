import { useAnalysis } from '../shell/useAnalysis';
import { Gate } from '../shell/Gate';
import { ResultsView } from './ResultsView';

/** The results of one analysis: diagram, table, witte vlekken. */
export function ResultsScreen({ id }: { id: string }) {
  const { state } = useAnalysis(id);
  return <Gate state={state}>{(analysis) => <ResultsView analysis={analysis} />}</Gate>;
}
