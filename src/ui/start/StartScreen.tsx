import { ScreenFrame } from '../shell/ScreenFrame';
import { NeedsBank } from '../shell/NeedsBank';
import { hrefFor } from '../shell/route';
import { lazy } from '../shell/lazy';
import { firstPaintDone } from '../shell/afterFirstPaint';
import { QuestionnaireSize } from '../components/QuestionnaireSize';
import { useT } from '../../i18n/useT';

// The list (and storage with it) loads after the first paint: the first screen waits for nothing.
const AnalysisList = lazy(() => import('./AnalysisList').then((m) => m.AnalysisList), { part: true });

/** The first screen: what the instrument is, "new analysis", and the analyses on this device. */
export function StartScreen() {
  const { t } = useT();
  return (
    <ScreenFrame id="start-title" title={t('start.title')}>
      <p class="lead">{t('start.intro')}</p>
      <p class="lead">{t('start.noRanking')}</p>
      <QuestionnaireSize />
      <p class="actions">
        <a class="button primary" href={hrefFor({ screen: 'new' })}>
          {t('start.new')}
        </a>
        <a class="button" href={hrefFor({ screen: 'import' })}>
          {t('start.import')}
        </a>
      </p>
      <h2>{t('start.listTitle')}</h2>
      <div class="start-list">
        {firstPaintDone.value && (
          <NeedsBank>
            <AnalysisList />
          </NeedsBank>
        )}
      </div>
    </ScreenFrame>
  );
}
