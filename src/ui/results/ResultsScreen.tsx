import { useAnalysis } from '../app/useAnalysis';
import { StatusMessage } from '../components/StatusMessage';
import { ResultsView } from './ResultsView';
import { useT } from '../../i18n/useT';

/** The results of one analysis: diagram, table, witte vlekken. */
export function ResultsScreen({ id }: { id: string }) {
  const { t } = useT();
  const { state } = useAnalysis(id);
  if (state.status === 'loading') return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (state.status === 'missing') return <StatusMessage kind="error">{t('errors.analysisMissing')}</StatusMessage>;
  if (state.status === 'error') return <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>;
  return <ResultsView analysis={state.analysis} />;
}
