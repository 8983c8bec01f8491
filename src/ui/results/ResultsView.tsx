import { UserText } from '../components/UserText';
import { useMemo, useRef } from 'preact/hooks';
import { useBank } from '../shell/content';
import { hrefFor } from '../shell/route';
import { ScreenFrame } from '../shell/ScreenFrame';
import { AreaSummary } from './AreaSummary';
import { ScoreTable } from './ScoreTable';
import { WitteVlekkenList } from './WitteVlekkenList';
import { WitteVlekGuidance } from './WitteVlekGuidance';
import { AgreedActions } from './AgreedActions';
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

/**
 * Everything the results screen shows for one analysis, the answer first: who and when, how
 * complete, the diagram with its legend and the area means (one laptop screen, and page 1 in
 * print); then the witte vlekken and the agreed actions; then, as an appendix, the advice and
 * questions per witte vlek and the table.
 */
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
  // Where no point can be drawn, the axis says why (the legend explains the broken line).
  const axisNotes = scores.kenmerken.map((s) => (s.score !== null ? null : s.status === 'onbekend' ? t('results.axisOnbekend') : t('results.axisNoScore')));
  const date = new Date(analysis.updatedAt).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' });

  return (
    <ScreenFrame id="results-title" class="results" context={<UserText>{analysis.name}</UserText>} title={t('results.title')}>
      <p class="results-meta">
        <UserText>{analysis.party.name}</UserText> · {t(`roles.${analysis.party.role}`)}
        {analysis.partnership && (
          <>
            {' · '}
            <UserText>{analysis.partnership}</UserText>
          </>
        )}{' '}
        · {date} · {t('results.completeness', { answered: progress.answered, total: progress.total })}
        {progress.answered < progress.total && (
          <>
            {' '}
            <a class="no-print" href={hrefFor({ screen: 'questions', id: analysis.id, area: analysis.areaIndex })}>
              {t('results.continue')}
            </a>
          </>
        )}
      </p>
      <EarlierAnswersNotice analyses={[analysis]} />
      <div class="results-summary">
        <figure class="chart-figure">
          <figcaption class="visually-hidden">{t('results.chartTitle')}</figcaption>
          <RadarChart fallback={<p class="chart-loading">{t('app.loading')}</p>} series={series} axisNotes={axisNotes} label={t('results.chartAlt')} onCanvas={(c: HTMLCanvasElement | null) => (canvas.current = c)} />
        </figure>
        <div class="summary-side">
          <AreaLegend scores={scores.kenmerken} />
          <AreaSummary areas={scores.areas} />
        </div>
      </div>
      <WitteVlekkenList scores={scores.kenmerken} />
      <AgreedActions analysis={analysis} />
      <div class="appendix">
        <p class="hint">{t('results.intro')}</p>
        <WitteVlekGuidance scores={scores.kenmerken} analysis={analysis} />
        <ScoreTable scores={scores.kenmerken} />
      </div>
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
