import { useEffect, useState } from 'preact/hooks';
import { deleteAnalysis, listAnalyses, renameAnalysis } from '../../storage/analysesRepo';
import { onOtherTabChange } from '../../storage/statusRepo';
import { AnalysisListItem } from './AnalysisListItem';
import { StatusMessage } from '../components/StatusMessage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StorageStatus } from './StorageStatus';
import { SelectionActions } from './SelectionActions';
import { WorkshopList } from './WorkshopList';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** The analyses on this device: progress, last change, and what to do with them. */
export function AnalysisList() {
  const { t } = useT();
  const [analyses, setAnalyses] = useState<Analysis[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [toDelete, setToDelete] = useState<Analysis | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const select = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  const reload = () => listAnalyses().then(setAnalyses, () => setFailed(true));
  useEffect(() => {
    void reload();
    return onOtherTabChange(() => void reload());
  }, []);

  const rename = async (id: string, name: string) => {
    await renameAnalysis(id, name);
    await reload();
  };
  const confirmDelete = async () => {
    if (!toDelete) return;
    await deleteAnalysis(toDelete.id);
    select(toDelete.id, false);
    setToDelete(null);
    await reload();
  };

  return (
    <>
      <StorageStatus refresh={analyses?.length} />
      {failed && <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>}
      {analyses?.length === 0 && <p>{t('start.empty')}</p>}
      {analyses && analyses.length > 0 && (
        <>
          <SelectionActions all={analyses} selected={selected} onExported={() => void reload()} />
          <ul class="analysis-list">
            {analyses.map((a) => (
              <AnalysisListItem key={a.id} analysis={a} selected={selected.includes(a.id)} onSelect={select} onRename={rename} onDelete={setToDelete} />
            ))}
          </ul>
        </>
      )}
      <WorkshopList selected={selected} />
      {toDelete && (
        <ConfirmDialog title={t('start.deleteTitle')} confirmLabel={t('start.deleteConfirm')} onConfirm={() => void confirmDelete()} onCancel={() => setToDelete(null)}>
          {t('start.deleteBody', { name: toDelete.name })}
        </ConfirmDialog>
      )}
    </>
  );
}
