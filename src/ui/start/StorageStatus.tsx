import { useEffect, useState } from 'preact/hooks';
import { storageSafety } from '../../storage/analysesRepo';
import type { Protection } from '../../storage/statusRepo';
import { useT } from '../../i18n/useT';

/** Whether this device keeps the analyses safely, and what to do when it does not. */
export function StorageStatus({ refresh }: { refresh: unknown }) {
  const { t } = useT();
  const [protection, setProtection] = useState<Protection | 'memory' | null>(null);
  useEffect(() => {
    let live = true;
    storageSafety().then(
      (value) => live && setProtection(value),
      () => live && setProtection('unknown'),
    );
    return () => {
      live = false;
    };
  }, [refresh]);
  if (!protection) return null;
  return (
    <p class={`storage-status storage-${protection}`} data-protection={protection}>
      <strong>{t(`storage.${protection}.title`)}</strong> {t(`storage.${protection}.body`)}
    </p>
  );
}
