import type { VNode } from 'preact';
import { StatusMessage } from '../components/StatusMessage';
import { useT } from '../../i18n/useT';

/** Something a screen loads before it can show anything ('idle': not asked for yet, shown as loading). */
export type Loading<T> = { status: 'idle' } | { status: 'loading' } | { status: 'missing' } | { status: 'error' } | { status: 'ready'; value: T };

interface Props<T> {
  state: Loading<T>;
  /** What to say when the thing is not (or no longer) on this device. */
  missing?: string;
  /** What to say when it could not be read or loaded (default: the records could not be read). */
  error?: string;
  /** Offered as "Opnieuw proberen" beside the error. */
  onRetry?: () => void;
  children: (value: T) => VNode | null;
}

/** The one loading / missing / error gate: says what is going on until the value is there, and never waits silently. */
export function Gate<T>({ state, missing, error, onRetry, children }: Props<T>): VNode | null {
  const { t } = useT();
  if (state.status === 'idle' || state.status === 'loading') return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (state.status === 'missing') return <StatusMessage kind="error">{missing ?? t('errors.analysisMissing')}</StatusMessage>;
  if (state.status === 'error') {
    return (
      <StatusMessage kind="error">
        {error ?? t('errors.storageRead')}
        {onRetry && (
          <>
            {' '}
            <button type="button" onClick={onRetry}>
              {t('app.retry')}
            </button>
          </>
        )}
      </StatusMessage>
    );
  }
  return children(state.value);
}
