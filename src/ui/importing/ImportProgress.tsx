import { useT } from '../../i18n/useT';

import type { ImportProgress as Progress } from '../../import/types';

/**
 * The progress of a large import: a bar and a count. Only the phase is announced (a screen
 * reader is not read every number); the bar carries the numbers for whoever looks for them.
 */
export function ImportProgress({ progress }: { progress: Progress | null }) {
  const { t } = useT();
  const phase = progress?.phase === 'store' ? t('import.storing') : t('import.working');
  let count = '';
  let value = 0;
  let max = 1;
  if (progress?.phase === 'check') {
    count = t('import.checkCount', { read: progress.read, total: progress.total });
    if (progress.files > 1) count = `${t('import.fileOf', { file: progress.file, files: progress.files })} ${count}`;
    [value, max] = [progress.read, progress.total];
  } else if (progress?.phase === 'store') {
    count = t('import.storeCount', { stored: progress.stored, total: progress.total });
    [value, max] = [progress.stored, progress.total];
  }
  return (
    <div class="import-progress">
      <p class="status status-info" role="status">
        {phase}
      </p>
      {progress && (
        <>
          <progress id="import-progress-bar" max={max} value={value} aria-label={phase} aria-describedby="import-progress-count" />
          <p id="import-progress-count" class="hint">
            {count}
          </p>
        </>
      )}
    </div>
  );
}
