import { useMemo, useRef, useState } from 'preact/hooks';
import { EarlierAnswersNotice } from '../components/EarlierAnswersNotice';
import { StatementAnswers } from './StatementAnswers';
import { useBank } from '../shell/content';
import { compareResults } from '../../core/compare/compareResults';
import { compareSeries } from '../chart/compareSeries';
import { partyNames } from './partyNames';
import { roleNames } from './roleNames';
import { PartyToggles } from './PartyToggles';
import { inPartyOrder } from './partyOrder';
import { CompareTable } from './CompareTable';
import { VerschillenList } from './VerschillenList';
import { ExportPanel } from '../export/ExportPanel';
import { LazyRadarChart as RadarChart } from '../chart/LazyRadarChart';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** The overlay of several parties, toggleable, with mean and min–max band; the table; the differences. */
export function CompareView({ analyses: given, hideNames = false, exportPanel = true }: { analyses: Analysis[]; hideNames?: boolean; exportPanel?: boolean }) {
  const { t, lang } = useT();
  const analyses = useMemo(() => inPartyOrder(given), [given]);
  const bank = useBank();
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [mean, setMean] = useState(true);
  const [band, setBand] = useState(true);
  const comparison = useMemo(() => compareResults(bank, analyses), [bank, analyses]);
  const names = hideNames ? roleNames(analyses, (r) => t(`roles.${r}`)) : partyNames(analyses, lang);
  const shown = new Set(analyses.map((a) => a.id).filter((id) => !hidden.has(id)));
  const series = useMemo(
    () => compareSeries(comparison, names, shown, { mean, band }, { mean: t('compare.mean'), min: t('compare.min'), max: t('compare.max'), band: t('compare.band') }),
    [comparison, names.join('|'), [...shown].join('|'), mean, band, lang],
  );

  return (
    <>
      <figure class="chart-figure">
        <figcaption>{t('results.title')}</figcaption>
        <RadarChart fallback={<p>{t('app.loading')}</p>} series={series} label={t('compare.chartAlt', { count: analyses.length })} onCanvas={(c: HTMLCanvasElement | null) => (canvas.current = c)} />
      </figure>
      <PartyToggles
        analyses={analyses}
        names={names}
        series={series}
        withRole={!hideNames}
        hidden={hidden}
        onHidden={setHidden}
        mean={mean}
        onMean={setMean}
        band={band}
        onBand={setBand}
      />
      <EarlierAnswersNotice analyses={analyses} names={names} />
      <VerschillenList comparison={comparison} names={names} />
      <CompareTable comparison={comparison} names={names} />
      <StatementAnswers analyses={analyses} names={names} />
      {exportPanel && <ExportPanel analyses={analyses} canvas={canvas} />}
    </>
  );
}
