import type { StartStatus } from './useStartStatus';
import { useT } from '../../i18n/useT';

interface Props {
  status: StartStatus;
  onBackup: () => void;
  working: boolean;
}

/** When the last backup was made; and, when work has waited more than a week for one, the offer to make it. */
export function BackupStatus({ status, onBackup, working }: Props) {
  const { t, lang } = useT();
  const { lastBackup, backupDue } = status;
  const date = lastBackup && new Date(lastBackup).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short' });
  return (
    <div class={backupDue ? 'backup-status backup-due' : 'backup-status'}>
      <p>{date ? t('start.lastBackup', { date }) : t('start.noBackup')}</p>
      {backupDue && (
        <p>
          {t('start.backupDue')}{' '}
          <button type="button" class="primary" disabled={working} onClick={onBackup}>
            {t('start.backupNow')}
          </button>
        </p>
      )}
    </div>
  );
}
