import type { Signal } from '@preact/signals';
import { hrefFor } from '../shell/route';
import { StatusMessage } from '../components/StatusMessage';
import { COMPARE_MAX } from '../comparison/compareLimit';
import { useT } from '../../i18n/useT';
import type { FileState } from './useFileMaker';


interface Props {
  /** The chosen analyses (read here, so that only this bar re-renders when the choice changes). */
  selected: Signal<ReadonlySet<string>>;
  total: number;
  file: FileState;
  onExport: (ids: string[]) => void;
  onBackup: () => void;
  onClear: () => void;
}

/** What to do with the chosen analyses: export them, compare them; or back up everything. */
export function SelectionActions({ selected, total, file, onExport, onBackup, onClear }: Props) {
  const { t } = useT();
  const chosen = [...selected.value];
  const tooMany = chosen.length > COMPARE_MAX;
  const working = file.step === 'working';
  return (
    <div class="selection-actions">
      <div class="actions">
        <span class="meta" role="status">
          {t('start.selected', { count: chosen.length })}
        </span>
        <button type="button" disabled={chosen.length === 0 || working} onClick={() => onExport(chosen)}>
          {t('start.exportSelected')}
        </button>
        {chosen.length > 0 && !tooMany && (
          <a class="button" href={hrefFor({ screen: 'compare', ids: chosen })}>
            {t('start.compareSelected')}
          </a>
        )}
        {chosen.length === 0 && (
          <a class="button" href={hrefFor({ screen: 'compare', ids: [] })}>
            {t('start.compareAll')}
          </a>
        )}
        {chosen.length > 0 && (
          <button type="button" onClick={onClear}>
            {t('start.clearSelection')}
          </button>
        )}
        <button type="button" disabled={total === 0 || working} onClick={onBackup}>
          {t('start.backup')}
        </button>
      </div>
      {tooMany && <p class="hint">{t('start.compareTooMany', { limit: COMPARE_MAX, count: chosen.length })}</p>}
      {working && <StatusMessage>{file.backup ? t('start.backupWorking') : t('start.exportWorking')}</StatusMessage>}
      {file.step === 'done' && <StatusMessage>{file.message}</StatusMessage>}
      {file.step === 'failed' && <StatusMessage kind="error">{t('start.exportFailed')}</StatusMessage>}
    </div>
  );
}
