import type { VNode } from 'preact';
import { StatusMessage } from '../components/StatusMessage';
import { useT } from '../../i18n/useT';

/** Something a screen loads before it can show anything. */
export type Loading<T> = { status: 'loading' } | { status: 'missing' } | { status: 'error' } | { status: 'ready'; value: T };

interface Props<T> {
  state: Loading<T>;
  /** What to say when the thing is not (or no longer) on this device. */
  missing?: string;
  children: (value: T) => VNode | null;
}

/** The one loading / missing / error gate: says what is going on until the value is there. */
export function Gate<T>({ state, missing, children }: Props<T>): VNode | null {
  const { t } = useT();
  if (state.status === 'loading') return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (state.status === 'missing') return <StatusMessage kind="error">{missing ?? t('errors.analysisMissing')}</StatusMessage>;
  if (state.status === 'error') return <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>;
  return children(state.value);
}
