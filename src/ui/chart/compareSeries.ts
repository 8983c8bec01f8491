import { partyStyle } from './partyStyle';
import type { ChartSeries } from './chartSeries';
import type { Comparison } from '../../core/compare/compareResults';

/** Series for the overlay: the min–max band, one line per party (hidden when toggled off), the mean. */
export function compareSeries(
  comparison: Comparison,
  names: string[],
  shown: ReadonlySet<string>,
  options: { mean: boolean; band: boolean },
  labels: { mean: string; min: string; max: string; band: string },
): ChartSeries[] {
  const band: ChartSeries[] = [
    { label: labels.min, data: comparison.kenmerken.map((k) => k.min), color: 'rgba(0,0,0,0)', pointRadius: 0, hidden: !options.band },
    {
      label: labels.band,
      data: comparison.kenmerken.map((k) => k.max),
      color: 'rgba(0,0,0,0)',
      fillColor: 'rgba(120, 120, 120, 0.22)',
      fillTo: 0,
      pointRadius: 0,
      hidden: !options.band,
    },
  ];
  const parties = comparison.parties.map((p, i): ChartSeries => {
    const style = partyStyle(i);
    return {
      label: names[i] ?? p.id,
      data: p.kenmerken.map((k) => k.score),
      color: style.color,
      dash: style.dash,
      pointStyle: style.point,
      pointRadius: 4,
      hidden: !shown.has(p.id),
    };
  });
  const mean: ChartSeries = { label: labels.mean, data: comparison.kenmerken.map((k) => k.mean), color: '#000000', width: 4, pointRadius: 0, hidden: !options.mean };
  return [...band, ...parties, mean];
}
