import { useBank } from '../shell/content';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';

/** The legend of the single-analysis diagram: area colours, the witte-vlek marker and the threshold. */
export function AreaLegend() {
  const { t, lang } = useT();
  const bank = useBank();
  const threshold = t('results.thresholdSeries', { value: formatScore(bank.thresholds.witteVlekBelow, lang) });
  return (
    <ul class="chart-legend" aria-label={t('results.legend')}>
      {bank.areas.map((area) => (
        <li key={area.id} class="area-key" style={{ '--area-color': area.color }}>
          <span class="swatch" aria-hidden="true" /> {area.label[lang]}
        </li>
      ))}
      <li>
        <span class="marker-triangle" aria-hidden="true" /> {t('results.legendWitteVlek')}
      </li>
      <li>
        <span class="marker-dash" aria-hidden="true" /> {threshold}
      </li>
    </ul>
  );
}
