import { useEffect, useState } from 'preact/hooks';
import { getWorkshop } from '../../storage/workshopsRepo';
import { listAnalyses } from '../../storage/analysesRepo';
import { StatusMessage } from '../components/StatusMessage';
import { WorkshopView } from './WorkshopView';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';

/** Loads a werkplaats and every result on the device (its own, and those that can be added). */
export function useWorkshop(id: string) {
  const [workshop, setWorkshop] = useState<Workshop | null | undefined>(undefined);
  const [all, setAll] = useState<Analysis[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    Promise.all([getWorkshop(id), listAnalyses()]).then(
      ([w, analyses]) => {
        setWorkshop(w ?? null);
        setAll(analyses);
      },
      () => setFailed(true),
    );
  }, [id]);
  return { workshop, setWorkshop, all, failed };
}

/** A werkplaats: its results compared, its agreed actions, export, and the way into presentation mode. */
export function WorkshopScreen({ id }: { id: string }) {
  const { t } = useT();
  const { workshop, setWorkshop, all, failed } = useWorkshop(id);
  if (failed) return <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>;
  if (workshop === undefined) return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (workshop === null) return <StatusMessage kind="error">{t('workshop.missing')}</StatusMessage>;
  return <WorkshopView workshop={workshop} all={all} onChange={setWorkshop} />;
}
