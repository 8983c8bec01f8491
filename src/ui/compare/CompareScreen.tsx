import { useEffect, useState } from 'preact/hooks';
import { getAnalyses } from '../../storage/analysesRepo';
import { StatusMessage } from '../components/StatusMessage';
import { CompareView } from '../comparison/CompareView';
import { ResultPicker } from '../comparison/ResultPicker';
import { ScreenFrame } from '../shell/ScreenFrame';
import { MakeWorkshopButton } from '../comparison/MakeWorkshopButton';
import { navigate } from '../shell/route';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** Several parties' results side by side: pick them, then see the overlay, the table and the differences. */
export function CompareScreen({ ids }: { ids: string[] }) {
  const { t } = useT();
  const [chosen, setChosen] = useState<Analysis[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    getAnalyses(ids).then(
      (found) => live && setChosen(found),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [ids.join(',')]);

  return (
    <ScreenFrame id="compare-title" class="compare" title={t('compare.title')}>
      <p class="lead">{t('compare.intro')}</p>
      {failed && <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>}
      <ResultPicker chosen={ids} onChange={(next) => navigate({ screen: 'compare', ids: next }, true)} />
      {chosen && chosen.length === 0 && <p>{t('compare.none')}</p>}
      {chosen && chosen.length >= 2 && (
        <div class="actions no-print">
          <MakeWorkshopButton ids={chosen.map((a) => a.id)} results={chosen} />
        </div>
      )}
      {chosen && chosen.length > 0 && <CompareView analyses={chosen} />}
    </ScreenFrame>
  );
}
