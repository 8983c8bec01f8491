import { useEffect, useState } from 'preact/hooks';
import { listAnalyses } from '../../storage/analysesRepo';
import { StatusMessage } from '../components/StatusMessage';
import { CompareView } from '../comparison/CompareView';
import { ResultPicker } from '../comparison/ResultPicker';
import { ScreenFrame } from '../shell/ScreenFrame';
import { navigate } from '../shell/route';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** Several parties' results side by side: pick them, then see the overlay, the table and the differences. */
export function CompareScreen({ ids }: { ids: string[] }) {
  const { t } = useT();
  const [all, setAll] = useState<Analysis[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    listAnalyses().then(setAll, () => setFailed(true));
  }, []);
  const chosen = (all ?? []).filter((a) => ids.includes(a.id)).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));

  return (
    <ScreenFrame id="compare-title" class="compare" title={t('compare.title')}>
      <p class="lead">{t('compare.intro')}</p>
      {failed && <StatusMessage kind="error">{t('errors.storageRead')}</StatusMessage>}
      {all && <ResultPicker all={all} chosen={ids} onChange={(next) => navigate({ screen: 'compare', ids: next }, true)} />}
      {all && chosen.length === 0 && <p>{t('compare.none')}</p>}
      {chosen.length > 0 && <CompareView analyses={chosen} />}
    </ScreenFrame>
  );
}
