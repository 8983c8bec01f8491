import { useAnalysis } from '../app/useAnalysis';
import { StatusMessage } from '../components/StatusMessage';
import { AreaForm } from './AreaForm';
import { useT } from '../../i18n/useT';

/** The questionnaire for one analysis, one area at a time. */
export function QuestionnaireScreen({ id, area }: { id: string; area: number }) {
  const { t } = useT();
  const { state } = useAnalysis(id);
  if (state.status === 'loading') return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (state.status === 'missing') return <StatusMessage kind="error">{t('errors.analysisMissing')}</StatusMessage>;
  if (state.status === 'error') return <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>;
  return <AreaForm initial={state.analysis} area={area} />;
}
