import { useEffect, useState } from 'preact/hooks';
import { backupDue, storageSafety } from '../../storage/analysesRepo';
import { loadLastBackup, type Protection } from '../../storage/statusRepo';

/** What the start screen says above the list: how safe the storage is, and about backups. */
export interface StartStatus {
  protection: Protection | 'memory' | 'unknown';
  /** When everything was last backed up (ISO), or null. */
  lastBackup: string | null;
  /** Work that is in no backup yet is more than a week old. */
  backupDue: boolean;
}

/**
 * Loads the start screen's status lines together (again when `refresh` changes), so that the list
 * below them appears once, in its place, and never jumps down under a pointer about to click.
 */
export function useStartStatus(refresh: unknown): StartStatus | null {
  const [status, setStatus] = useState<StartStatus | null>(null);
  useEffect(() => {
    let live = true;
    const lastBackup = loadLastBackup();
    void Promise.all([
      storageSafety().catch(() => 'unknown' as const),
      backupDue().catch(() => false),
    ]).then(([protection, due]) => live && setStatus({ protection, lastBackup, backupDue: due }));
    return () => {
      live = false;
    };
  }, [refresh]);
  return status;
}
