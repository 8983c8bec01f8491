import { useWorkshop } from '../shell/useWorkshop';
import { Gate } from '../shell/Gate';
import { Presentation } from './Presentation';
import { useT } from '../../i18n/useT';

/** Presentation mode of a werkplaats, for a projector. */
export function PresentationScreen({ id }: { id: string }) {
  const { t } = useT();
  const { state, replace } = useWorkshop(id);
  return (
    <Gate state={state} missing={t('workshop.missing')}>
      {({ workshop, results }) => <Presentation workshop={workshop} analyses={results} onChange={replace} />}
    </Gate>
  );
}
