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
import { ChangesSince } from './ChangesSince';
import { useMeasurements } from './useMeasurements';
import { startFollowUp } from '../../core/followUp';
import { newAnalysisId } from '../../core/ids';
import { addAnalysis } from '../../storage/analysesRepo';
import { navigate } from '../shell/route';
import { formatDay, formatScore } from '../../core/format';
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
  // Earlier measurements of this party (herhaalmeting): the previous one is drawn fainter beside this one.
  const measurements = useMeasurements(analysis);
  const previous = measurements.length > 1 ? measurements[measurements.length - 2] : undefined;
  const day = (a: Analysis) => formatDay(a.updatedAt, lang);
  const drawn = useMemo(() => {
    if (!previous) return series;
    const before = scoreAnalysis(bank, previous.answers).kenmerken;
    return [
      { ...series[0]!, label: t('followUp.measurement', { date: day(analysis) }) },
      series[1]!,
      { label: t('followUp.measurement', { date: day(previous) }), data: before.map((k) => k.score), color: 'rgba(29, 29, 31, 0.45)', dash: [5, 4], pointRadius: 2 },
    ];
  }, [series, previous, lang]);
  const startNext = async () => {
    const next = startFollowUp(analysis, bank, newAnalysisId(), new Date());
    await addAnalysis(next);
    navigate({ screen: 'questions', id: next.id, area: 0 });
  };
  // Where no point can be drawn, the axis says why (the legend explains the broken line).
  const axisNotes = scores.kenmerken.map((s) => (s.score !== null ? null : s.status === 'onbekend' ? t('results.axisOnbekend') : t('results.axisNoScore')));

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
        · {day(analysis)} · {t('results.completeness', { answered: progress.answered, total: progress.total })}
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
          <RadarChart fallback={<p class="chart-loading">{t('app.loading')}</p>} series={drawn} axisNotes={axisNotes} label={t('results.chartAlt')} onCanvas={(c: HTMLCanvasElement | null) => (canvas.current = c)} />
        </figure>
        <div class="summary-side">
          <AreaLegend scores={scores.kenmerken} {...(previous ? { measurements: { now: day(analysis), before: day(previous) } } : {})} />
          <AreaSummary areas={scores.areas} />
        </div>
      </div>
      <WitteVlekkenList scores={scores.kenmerken} />
      {previous && <ChangesSince earlier={previous} current={analysis} date={day(previous)} />}
      <AgreedActions analysis={analysis} />
      <div class="appendix">
        <p class="hint">{t('results.intro')}</p>
        <WitteVlekGuidance scores={scores.kenmerken} analysis={analysis} />
        <ScoreTable
          scores={scores.kenmerken}
          series={measurements.length >= 3 ? measurements.slice(0, -1).map((m) => ({ label: day(m), scores: scoreAnalysis(bank, m.answers).kenmerken })) : []}
        />
      </div>
      <ExportPanel analyses={[analysis]} canvas={canvas} />
      <p class="actions">
        <a class="button primary" href={hrefFor({ screen: 'werkplan', id: analysis.id })}>
          {t('werkplan.open')}
        </a>
        <a class="button" href={hrefFor({ screen: 'questions', id: analysis.id, area: 0 })}>
          {t('results.editAnswers')}
        </a>
        <button type="button" onClick={() => void startNext()}>
          {t('followUp.start')}
        </button>
        <a class="button" href="#/">
          {t('results.backToList')}
        </a>
      </p>
    </ScreenFrame>
  );
}
