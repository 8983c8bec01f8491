import { useAnalysis } from '../app/useAnalysis';
import { StatusMessage } from '../components/StatusMessage';
import { WerkplanView } from './WerkplanView';
import { useT } from '../../i18n/useT';

/** Notes and actions per kenmerk of one analysis: the werkplan. */
export function WerkplanScreen({ id }: { id: string }) {
  const { t } = useT();
  const { state, replace } = useAnalysis(id);
  if (state.status === 'loading') return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (state.status === 'missing') return <StatusMessage kind="error">{t('errors.analysisMissing')}</StatusMessage>;
  if (state.status === 'error') return <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>;
  return <WerkplanView analysis={state.analysis} onChange={replace} />;
}
