import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

/** The witte vlekken as a compact list: number and name, score or *onbekend*, and one line why. */
export function WitteVlekkenList({ scores }: { scores: KenmerkScore[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  const index = indexKenmerken(bank);
  const spots = scores.filter((s) => s.witteVlek);
  const threshold = formatScore(bank.thresholds.witteVlekBelow, lang);
  return (
    <section aria-labelledby="wv-title" class="witte-vlekken">
      <h2 id="wv-title">{t('results.witteVlekkenTitle', { count: spots.length })}</h2>
      {spots.length === 0 ? (
        <p>{t('results.noWitteVlekken')}</p>
      ) : (
        <ul class="witte-vlek-list">
          {spots.map((s) => {
            const entry = index.get(s.kenmerkId);
            if (!entry) return null;
            const score = formatScore(s.score, lang);
            const onbekend = s.status === 'onbekend';
            return (
              <li key={s.kenmerkId} data-kenmerk={s.kenmerkId} class={`witte-vlek is-${s.status}`}>
                <span class={onbekend ? 'marker-diamond' : 'marker-triangle'} aria-hidden="true" />{' '}
                <strong>
                  {entry.number}. {entry.kenmerk.label[lang]}
                </strong>{' '}
                <span class="wv-score">{onbekend ? t('results.onbekend') : score}</span>
                <span class="wv-why">
                  {' — '}
                  {onbekend ? t('results.whyOnbekend', { unknown: s.unknown, total: s.total }) : t('results.whyLaag', { threshold })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p class="hint">{t('results.witteVlekkenIntro')}</p>
    </section>
  );
}
