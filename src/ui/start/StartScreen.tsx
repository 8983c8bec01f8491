import { useEffect, useState } from 'preact/hooks';
import { deleteAnalysis, listAnalyses, renameAnalysis } from '../../storage/analysesRepo';
import { AnalysisListItem } from './AnalysisListItem';
import { StatusMessage } from '../components/StatusMessage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { StorageStatus } from './StorageStatus';
import { SelectionActions } from './SelectionActions';
import { WorkshopList } from './WorkshopList';
import { useFocusHeading } from '../components/useFocusHeading';
import { hrefFor } from '../app/route';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** The first screen: what the instrument is, the analyses on this device, and "new analysis". */
export function StartScreen() {
  const { t } = useT();
  const heading = useFocusHeading();
  const [analyses, setAnalyses] = useState<Analysis[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [toDelete, setToDelete] = useState<Analysis | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const select = (id: string, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));

  const reload = () => listAnalyses().then(setAnalyses, () => setFailed(true));
  useEffect(() => void reload(), []);

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
    <section aria-labelledby="start-title">
      <h1 id="start-title" tabIndex={-1} ref={heading}>
        {t('start.title')}
      </h1>
      <p class="lead">{t('start.intro')}</p>
      <p class="lead">{t('start.noRanking')}</p>
      <p class="actions">
        <a class="button primary" href={hrefFor({ screen: 'new' })}>
          {t('start.new')}
        </a>
        <a class="button" href={hrefFor({ screen: 'import' })}>
          {t('start.import')}
        </a>
      </p>
      <h2>{t('start.listTitle')}</h2>
      <StorageStatus refresh={analyses?.length} />
      {failed && <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>}
      {analyses?.length === 0 && <p>{t('start.empty')}</p>}
      {analyses && analyses.length > 0 && (
        <>
          <SelectionActions all={analyses} selected={selected} onExported={() => void reload()} />
          <ul class="analysis-list">
            {analyses.map((a) => (
              <AnalysisListItem
                key={a.id}
                analysis={a}
                selected={selected.includes(a.id)}
                onSelect={select}
                onRename={rename}
                onDelete={setToDelete}
              />
            ))}
          </ul>
        </>
      )}
      <WorkshopList selected={selected} />
      {toDelete && (
        <ConfirmDialog
          title={t('start.deleteTitle')}
          confirmLabel={t('start.deleteConfirm')}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setToDelete(null)}
        >
          {t('start.deleteBody', { name: toDelete.name })}
        </ConfirmDialog>
      )}
    </section>
  );
}
