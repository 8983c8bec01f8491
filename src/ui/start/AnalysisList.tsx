import { useState } from 'preact/hooks';
import { useSignal } from '@preact/signals';
import { deleteAnalysis, renameAnalysis } from '../../storage/analysesRepo';
import { usePagedAnalyses } from '../shell/usePagedAnalyses';
import { AnalysisListItem } from './AnalysisListItem';
import { StatusMessage } from '../components/StatusMessage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { isolate } from '../components/UserText';
import { Pager } from '../components/Pager';
import { StorageStatus } from './StorageStatus';
import { BackupStatus } from './BackupStatus';
import { SelectionActions } from './SelectionActions';
import { WorkshopList } from './WorkshopList';
import { useFileMaker } from './useFileMaker';
import { useStartStatus } from './useStartStatus';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** Rows on one page of the list. */
const PAGE_SIZE = 50;

/** The analyses on this device, a page at a time: progress, last change, and what to do with them. */
export function AnalysisList() {
  const { t } = useT();
  const { page, failed, setOffset, reload } = usePagedAnalyses(PAGE_SIZE);
  const selected = useSignal<ReadonlySet<string>>(new Set());
  const [toDelete, setToDelete] = useState<Analysis | null>(null);
  const files = useFileMaker(reload);
  const select = (id: string, on: boolean) => {
    const next = new Set(selected.value);
    if (on) next.add(id);
    else next.delete(id);
    selected.value = next;
  };
  const rename = async (id: string, name: string) => {
    await renameAnalysis(id, name);
    reload();
  };
  const confirmDelete = async () => {
    if (!toDelete) return;
    await deleteAnalysis(toDelete.id);
    select(toDelete.id, false);
    setToDelete(null);
    reload();
  };
  const status = useStartStatus(page);
  const total = page?.total ?? 0;
  const lastBackup = status?.lastBackup ?? null;
  // How safe storage is matters once there is something to keep (memory-only is said at once).
  const answered = page?.items.some((a) => Object.keys(a.answers).length > 0) ?? false;

  return (
    <>
      {status && (status.protection === 'memory' || answered) && <StorageStatus protection={status.protection} />}
      {status && page && total > 0 && <BackupStatus status={status} onBackup={() => void files.backupAll()} working={files.state.step === 'working'} />}
      {failed && <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>}
      {status && page?.total === 0 && <p>{t('start.empty')}</p>}
      {status && page && total > 0 && (
        <>
          <SelectionActions
            selected={selected}
            total={total}
            file={files.state}
            onExport={(ids) => void files.exportChosen(ids)}
            onBackup={() => void files.backupAll()}
            onClear={() => (selected.value = new Set())}
          />
          <ul class="analysis-list">
            {page.items.map((a) => (
              <AnalysisListItem key={a.id} analysis={a} lastBackup={lastBackup} selected={selected} onSelect={select} onRename={rename} onDelete={setToDelete} />
            ))}
          </ul>
          <Pager offset={page.offset} pageSize={PAGE_SIZE} total={total} onOffset={setOffset} label={t('start.listPages')} />
        </>
      )}
      <WorkshopList selected={selected} />
      {toDelete && (
        <ConfirmDialog title={t('start.deleteTitle')} confirmLabel={t('start.deleteConfirm')} onConfirm={() => void confirmDelete()} onCancel={() => setToDelete(null)}>
          {t('start.deleteBody', { name: isolate(toDelete.name) })}
        </ConfirmDialog>
      )}
    </>
  );
}
