import { useAnalysis } from '../shell/useAnalysis';
import { Gate } from '../shell/Gate';
import { AreaForm } from './AreaForm';

/** The questionnaire for one analysis, one area at a time. */
export function QuestionnaireScreen({ id, area }: { id: string; area: number }) {
  const { state } = useAnalysis(id);
  return <Gate state={state}>{(analysis) => <AreaForm key={analysis.id} initial={analysis} area={area} />}</Gate>;
}
