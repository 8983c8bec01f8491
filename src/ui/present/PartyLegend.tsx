import { isolate, UserText } from '../components/UserText';
import { SeriesSwatch } from '../chart/SeriesSwatch';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { ChartSeries } from '../chart/chartSeries';

/**
 * The legend of the projected chart, drawn from the very series the chart draws: each party with
 * its number key, colour, dash and marker (hidden ones marked, not removed, so keys stay stable),
 * then the mean and the band when shown.
 */
export function PartyLegend({ analyses, names, series, visible }: { analyses: Analysis[]; names: string[]; series: ChartSeries[]; visible: ReadonlySet<string> }) {
  const { t } = useT();
  // compareSeries: [min, band, ...one per party, mean]
  const parties = series.slice(2, 2 + analyses.length);
  const extra = [series[1], series.at(-1)].filter((s): s is ChartSeries => Boolean(s) && !s!.hidden);
  return (
    <div class="present-legend-box">
      <p class="present-visible">{t('present.visible', { count: visible.size, total: analyses.length })}</p>
      <ol class="present-legend chart-series-legend" aria-label={t('compare.show')}>
        {analyses.map((a, i) => {
          const on = visible.has(a.id);
          const s = parties[i];
          return (
            <li key={a.id} class={on ? 'on' : 'off'} data-series-label={on ? s?.label : undefined}>
              <kbd>{i === 9 ? 0 : i + 1}</kbd>
              {s && <SeriesSwatch series={s} large />}
              <span>{on ? <UserText>{names[i] ?? ''}</UserText> : t('present.hiddenParty', { name: isolate(names[i] ?? '') })}</span>
            </li>
          );
        })}
        {extra.map((s) => (
          <li key={s.label} class="on" data-series-label={s.label}>
            <SeriesSwatch series={s} large />
            <span>{s.label}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
