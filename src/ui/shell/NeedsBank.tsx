import { useEffect } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { bankContent } from './content';
import { StatusMessage } from '../components/StatusMessage';
import { useT } from '../../i18n/useT';

/** Renders its children once the question bank is there, loading it on first need. */
export function NeedsBank({ children }: { children: ComponentChildren }) {
  const { t } = useT();
  useEffect(() => bankContent.need(), []);
  const state = bankContent.state.value;
  if (state.status === 'error') {
    return (
      <StatusMessage kind="error">
        {t('app.bankError')}{' '}
        <button type="button" onClick={() => bankContent.need()}>
          {t('app.retry')}
        </button>
      </StatusMessage>
    );
  }
  if (state.status !== 'ready') return <StatusMessage>{t('app.loading')}</StatusMessage>;
  return <>{children}</>;
}
