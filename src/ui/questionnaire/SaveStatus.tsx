import { useT } from '../../i18n/useT';
import type { SaveStateStore } from './saveState';

/** Tells whether the answers are safely stored; a failure is announced at once. */
export function SaveStatus({ status }: { status: SaveStateStore }) {
  const { t } = useT();
  const { state, unsaved } = status.use();
  if (state === 'failed' || state === 'full') {
    return (
      <p class="status status-error save-failed" role="alert">
        {t(state === 'full' ? 'errors.diskFull' : 'errors.answerNotSaved', { count: unsaved })}
      </p>
    );
  }
  return (
    <p class="save-status" role="status">
      {state === 'saved' ? t('questions.saved') : state === 'saving' ? t('questions.saving') : ''}
    </p>
  );
}
