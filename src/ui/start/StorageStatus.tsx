import type { StartStatus } from './useStartStatus';
import { useT } from '../../i18n/useT';

/** Whether this device keeps the analyses safely, and what to do when it does not. */
export function StorageStatus({ protection }: { protection: StartStatus['protection'] }) {
  const { t } = useT();
  return (
    <p class={`storage-status storage-${protection}`} data-protection={protection}>
      <strong>{t(`storage.${protection}.title`)}</strong> {t(`storage.${protection}.body`)}
    </p>
  );
}
