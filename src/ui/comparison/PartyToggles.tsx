import { UserText } from '../components/UserText';
import { SeriesSwatch } from '../chart/SeriesSwatch';
import type { ChartSeries } from '../chart/chartSeries';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

interface Props {
  analyses: Analysis[];
  names: string[];
  /** The series the chart draws (compareSeries: min, band, one per party, mean): the legend draws the same. */
  series: ChartSeries[];
  /** Add the role after the name (not when the names are role labels already). */
  withRole: boolean;
  hidden: ReadonlySet<string>;
  onHidden: (hidden: ReadonlySet<string>) => void;
  mean: boolean;
  onMean: (on: boolean) => void;
  band: boolean;
  onBand: (on: boolean) => void;
}

/** The legend, as switches: each party's line (colour and line style), the mean, the band. */
export function PartyToggles({ analyses, names, series, withRole, hidden, onHidden, mean, onMean, band, onBand }: Props) {
  const { t } = useT();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(hidden);
    if (on) next.delete(id);
    else next.add(id);
    onHidden(next);
  };
  return (
    <fieldset class="party-toggles">
      <legend>{t('compare.show')}</legend>
      <p class="visible-count">{t('present.visible', { count: analyses.length - hidden.size, total: analyses.length })}</p>
      {analyses.map((a, i) => {
        const s = series[2 + i];
        return (
          <label key={a.id} class="check" data-series-label={hidden.has(a.id) ? undefined : s?.label}>
            <input type="checkbox" checked={!hidden.has(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
            {s && <SeriesSwatch series={s} />}
            <span>
              <UserText>{names[i] ?? ''}</UserText>
              {withRole ? ` · ${t(`roles.${a.party.role}`)}` : ''}
            </span>
          </label>
        );
      })}
      <label class="check" data-series-label={mean ? series.at(-1)?.label : undefined}>
        <input type="checkbox" checked={mean} onChange={(e) => onMean(e.currentTarget.checked)} />
        {series.at(-1) && <SeriesSwatch series={series.at(-1)!} />}
        <span>{t('compare.mean')}</span>
      </label>
      <label class="check" data-series-label={band ? series[1]?.label : undefined}>
        <input type="checkbox" checked={band} onChange={(e) => onBand(e.currentTarget.checked)} />
        {series[1] && <SeriesSwatch series={series[1]} />}
        <span>{t('compare.band')}</span>
      </label>
    </fieldset>
  );
}
