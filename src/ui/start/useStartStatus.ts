import { useEffect, useState } from 'preact/hooks';
import { countChanged, storageSafety } from '../../storage/analysesRepo';
import { loadLastBackup, type Protection } from '../../storage/statusRepo';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** What the start screen says above the list: how safe the storage is, and about backups. */
export interface StartStatus {
  protection: Protection | 'memory' | 'unknown';
  /** When everything was last backed up (ISO), or null. */
  lastBackup: string | null;
  /** Work changed after the last backup, and did so more than a week ago. */
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
    const weekAgo = new Date(Date.now() - WEEK_MS).toISOString();
    void Promise.all([
      storageSafety().catch(() => 'unknown' as const),
      countChanged(lastBackup, weekAgo).catch(() => 0),
    ]).then(([protection, waiting]) => live && setStatus({ protection, lastBackup, backupDue: waiting > 0 }));
    return () => {
      live = false;
    };
  }, [refresh]);
  return status;
}
