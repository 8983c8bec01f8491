import { useT } from '../../i18n/useT';
import type { SaveState } from './useAnswerSaver';

/** Tells whether the answers are safely stored; a failure is announced at once. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useT();
  if (state === 'failed') {
    return (
      <p class="status status-error" role="alert">
        {t('errors.answerNotSaved')}
      </p>
    );
  }
  return (
    <p class="save-status" role="status">
      {state === 'saved' ? t('questions.saved') : state === 'saving' ? t('questions.saving') : ''}
    </p>
  );
}
