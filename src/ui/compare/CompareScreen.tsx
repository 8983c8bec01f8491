import { useEffect, useState } from 'preact/hooks';
import { getAnalyses } from '../../storage/analysesRepo';
import { Gate, type Loading } from '../shell/Gate';
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
  const [state, setState] = useState<Loading<Analysis[]>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    getAnalyses(ids).then(
      (found) => live && setState({ status: 'ready', value: found }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [ids.join(',')]);

  return (
    <ScreenFrame id="compare-title" class="compare" title={t('compare.title')}>
      <p class="lead">{t('compare.intro')}</p>
      <ResultPicker chosen={ids} onChange={(next) => navigate({ screen: 'compare', ids: next }, true)} />
      <Gate state={state}>
        {(chosen) =>
          chosen.length === 0 ? (
            <p>{t('compare.none')}</p>
          ) : (
            <>
              {chosen.length >= 2 && (
                <div class="actions no-print">
                  <MakeWorkshopButton ids={chosen.map((a) => a.id)} results={chosen} />
                </div>
              )}
              <CompareView analyses={chosen} />
            </>
          )
        }
      </Gate>
    </ScreenFrame>
  );
}
