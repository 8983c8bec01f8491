import { useState } from 'preact/hooks';
import { formatDay } from '../../core/format';
import { StatusMessage } from '../components/StatusMessage';
import { navigate } from '../shell/route';
import { getAnalyses } from '../../storage/analysesRepo';
import { startWorkshop } from '../../storage/workshopsRepo';
import { workshopNameFor } from '../../core/workshop';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

interface Props {
  /** The results the werkplaats starts with, in this order. */
  ids: readonly string[];
  /** Those results, when the screen has them already (else they are read when the button is pressed, for the name). */
  results?: readonly Analysis[];
  class?: string;
}

/**
 * "Maak een werkplaats van deze resultaten": stores a werkplaats with these results, named after
 * their shared partnership label (else "Werkplaats <date>"; it can be renamed there), and opens it.
 */
export function MakeWorkshopButton({ ids, results, class: className = 'primary' }: Props) {
  const { t, lang } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const make = async () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      const now = new Date();
      const date = formatDay(now, lang);
      const named = results ?? (await getAnalyses(ids));
      const workshop = await startWorkshop(workshopNameFor(named, t('workshop.defaultName', { date })), ids, now);
      navigate({ screen: 'workshop', id: workshop.id });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class={className} aria-disabled={busy ? 'true' : undefined} onClick={() => void make()}>
        {t('workshop.makeFromResults')}
      </button>
      {failed && <StatusMessage kind="error">{t('errors.storageWrite')}</StatusMessage>}
    </>
  );
}
