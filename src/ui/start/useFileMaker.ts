import { useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { exportFile } from '../../import/importClient';
import { noteBackup } from '../../storage/statusRepo';
import { downloadFile } from '../export/saveFile';
import { language } from '../../i18n/i18n';
import { useT } from '../../i18n/useT';

/** What the user is told about a file being made: nothing yet, working, saved (the message), failed. */
export type FileState = { step: 'idle' } | { step: 'working'; backup: boolean } | { step: 'done'; message: string } | { step: 'failed' };

/**
 * Makes a file of results on this device — a backup of everything (with every werkplaats and the
 * language), or the chosen ones — in the import worker, and saves it as a download.
 */
export function useFileMaker(onDone: () => void) {
  const { t } = useT();
  const bank = useBank();
  const [state, setState] = useState<FileState>({ step: 'idle' });
  const make = async (ids: string[] | null) => {
    const backup = ids === null;
    setState({ step: 'working', backup });
    try {
      const now = new Date().toISOString();
      const file = await exportFile({ ids, backup, bank, appVersion: __APP_VERSION__, now, ...(backup ? { settings: { language: language.value } } : {}) });
      downloadFile(file.name, file.blob);
      if (backup) noteBackup(now);
      setState({ step: 'done', message: backup ? t('start.backupDone', { name: file.name, count: file.count }) : t('start.exportDone', { name: file.name }) });
      onDone();
    } catch {
      setState({ step: 'failed' });
    }
  };
  return { state, backupAll: () => make(null), exportChosen: (ids: string[]) => make(ids) };
}
