import { useWorkshop } from '../shell/useWorkshop';
import { Gate } from '../shell/Gate';
import { WorkshopView } from './WorkshopView';
import { useT } from '../../i18n/useT';

/** A werkplaats: its results compared, its agreed actions, export, and the way into presentation mode. */
export function WorkshopScreen({ id }: { id: string }) {
  const { t } = useT();
  const { state, replace } = useWorkshop(id);
  return (
    <Gate state={state} missing={t('workshop.missing')}>
      {({ workshop, results }) => <WorkshopView workshop={workshop} results={results} onChange={replace} />}
    </Gate>
  );
}
