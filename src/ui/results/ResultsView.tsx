import { UserText } from '../components/UserText';
import { useMemo, useRef } from 'preact/hooks';
import { useBank } from '../shell/content';
import { hrefFor } from '../shell/route';
import { ScreenFrame } from '../shell/ScreenFrame';
import { AreaSummary } from './AreaSummary';
import { ScoreTable } from './ScoreTable';
import { WitteVlekkenList } from './WitteVlekkenList';
import { AreaLegend } from '../chart/AreaLegend';
import { singleSeries } from '../chart/singleSeries';
import { ExportPanel } from '../export/ExportPanel';
import { EarlierAnswersNotice } from '../components/EarlierAnswersNotice';
import { formatScore } from '../../core/format';
import { scoreAnalysis } from '../../core/scoring/scoreAnalysis';
import { totalProgress } from '../../core/scoring/progress';
import { LazyRadarChart as RadarChart } from '../chart/LazyRadarChart';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

// chart.js is loaded only when a diagram is shown.
/** Everything the results screen shows for one analysis. */
export function ResultsView({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useT();
  const bank = useBank();
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const scores = useMemo(() => scoreAnalysis(bank, analysis.answers), [bank, analysis.answers]);
  const series = useMemo(
    () =>
      singleSeries(
        scores.kenmerken,
        bank.areas.flatMap((a) => a.kenmerken.map(() => a.color)),
        bank.thresholds.witteVlekBelow,
        { score: t('results.chartSeries'), threshold: t('results.thresholdSeries', { value: formatScore(bank.thresholds.witteVlekBelow, lang) }) },
      ),
    [scores, bank, lang, t],
  );
  const progress = totalProgress(bank, analysis.answers);

  return (
    <ScreenFrame id="results-title" class="results" context={<UserText>{analysis.name}</UserText>} title={t('results.title')}>
      <p class="lead">{t('results.intro')}</p>
      {progress.answered < progress.total && (
        <p class="notice">
          {t('results.incomplete', { answered: progress.answered, total: progress.total })}{' '}
          <a href={hrefFor({ screen: 'questions', id: analysis.id, area: analysis.areaIndex })}>{t('results.continue')}</a>
        </p>
      )}
      <EarlierAnswersNotice analyses={[analysis]} />
      <figure class="chart-figure">
        <figcaption>{t('results.chartTitle')}</figcaption>
        <RadarChart fallback={<p class="chart-loading">{t('app.loading')}</p>} series={series} label={t('results.chartAlt')} onCanvas={(c: HTMLCanvasElement | null) => (canvas.current = c)} />
        <AreaLegend />
        <p class="hint">{t('results.chartHint')}</p>
      </figure>
      <WitteVlekkenList scores={scores.kenmerken} analysis={analysis} />
      <AreaSummary areas={scores.areas} />
      <ScoreTable scores={scores.kenmerken} />
      <ExportPanel analyses={[analysis]} canvas={canvas} />
      <p class="actions">
        <a class="button primary" href={hrefFor({ screen: 'werkplan', id: analysis.id })}>
          {t('werkplan.open')}
        </a>
        <a class="button" href={hrefFor({ screen: 'questions', id: analysis.id, area: 0 })}>
          {t('results.editAnswers')}
        </a>
        <a class="button" href="#/">
          {t('results.backToList')}
        </a>
      </p>
    </ScreenFrame>
  );
}
