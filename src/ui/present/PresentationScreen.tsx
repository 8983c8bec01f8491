import { useWorkshop } from '../shell/useWorkshop';
import { Gate } from '../shell/Gate';
import { Presentation } from './Presentation';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** Presentation mode of a werkplaats, for a projector. */
export function PresentationScreen({ id }: { id: string }) {
  const { t } = useT();
  const { state, replace } = useWorkshop(id);
  return (
    <Gate state={state} missing={t('workshop.missing')}>
      {({ workshop, all }) => {
        const chosen = workshop.resultIds.map((r) => all.find((a) => a.id === r)).filter((a): a is Analysis => Boolean(a));
        return <Presentation workshop={workshop} analyses={chosen} onChange={replace} />;
      }}
    </Gate>
  );
}
