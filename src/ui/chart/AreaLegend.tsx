import { useBank } from '../shell/content';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

/**
 * The legend of the single-analysis diagram: area colours, the line, the threshold ring, and every
 * mark that appears (a low witte vlek, an onbekend one, a kenmerk without a score) — and only those.
 */
export function AreaLegend({ scores, measurements }: { scores: KenmerkScore[]; measurements?: { now: string; before: string } }) {
  const { t, lang } = useT();
  const bank = useBank();
  const threshold = t('results.thresholdSeries', { value: formatScore(bank.thresholds.witteVlekBelow, lang) });
  const has = (status: KenmerkScore['status'], scored: boolean) => scores.some((s) => s.status === status && (s.score !== null) === scored);
  return (
    <ul class="chart-legend" aria-label={t('results.legend')}>
      {bank.areas.map((area) => (
        <li key={area.id} class="area-key" style={{ '--area-color': area.color }}>
          <span class="swatch" aria-hidden="true" /> {area.label[lang]}
        </li>
      ))}
      <li>
        <span class="marker-line" aria-hidden="true" /> {measurements ? t('followUp.measurement', { date: measurements.now }) : t('results.chartSeries')}
      </li>
      {measurements && (
        <li data-mark="earlier">
          <span class="marker-earlier" aria-hidden="true" /> {t('followUp.measurement', { date: measurements.before })}
        </li>
      )}
      <li>
        <span class="marker-dash" aria-hidden="true" /> {threshold}
      </li>
      {has('laag', true) && (
        <li data-mark="laag">
          <span class="marker-triangle" aria-hidden="true" /> {t('results.legendWitteVlek')}
        </li>
      )}
      {has('onbekend', true) && (
        <li data-mark="onbekend">
          <span class="marker-diamond" aria-hidden="true" /> {t('results.legendOnbekend')}
        </li>
      )}
      {(has('open', false) || has('onbekend', false)) && (
        <li data-mark="gap">
          <span class="marker-gap" aria-hidden="true" /> {t('results.legendGap')}
        </li>
      )}
    </ul>
  );
}
