import { useWorkshop } from '../workshop/WorkshopScreen';
import { StatusMessage } from '../components/StatusMessage';
import { Presentation } from './Presentation';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** Presentation mode of a werkplaats, for a projector. */
export function PresentationScreen({ id }: { id: string }) {
  const { t } = useT();
  const { workshop, setWorkshop, all, failed } = useWorkshop(id);
  if (failed) return <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>;
  if (workshop === undefined) return <StatusMessage>{t('app.loading')}</StatusMessage>;
  if (workshop === null) return <StatusMessage kind="error">{t('workshop.missing')}</StatusMessage>;
  const chosen = workshop.resultIds.map((r) => all.find((a) => a.id === r)).filter((a): a is Analysis => Boolean(a));
  return <Presentation workshop={workshop} analyses={chosen} onChange={setWorkshop} />;
}
