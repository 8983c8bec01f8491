import { useT } from '../../i18n/useT';
import type { AnswerStore } from './answerStore';

/** Tells whether the answers are safely stored; a failure is announced at once. */
export function SaveStatus({ store }: { store: AnswerStore }) {
  const { t } = useT();
  const state = store.state.value;
  if (state === 'failed' || state === 'full' || state === 'newer') {
    const key = state === 'full' ? 'errors.diskFull' : state === 'newer' ? 'errors.newerVersion' : 'errors.answerNotSaved';
    return (
      <p class="status status-error save-failed" role="alert">
        {t(key, { count: store.unsaved.value })}
      </p>
    );
  }
  return (
    <p class="save-status" role="status">
      {state === 'saved' ? t('questions.saved') : state === 'saving' ? t('questions.saving') : ''}
    </p>
  );
}
