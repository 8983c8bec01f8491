import { useBank } from '../app/BankContext';
import { indexKenmerken } from './kenmerkIndex';
import { statusKey } from './statusText';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

/** The kenmerken that are witte vlekken: low, or onbekend. */
export function WitteVlekkenList({ scores }: { scores: KenmerkScore[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  const index = indexKenmerken(bank);
  const spots = scores.filter((s) => s.witteVlek);
  return (
    <section aria-labelledby="wv-title" class="witte-vlekken">
      <h2 id="wv-title">{t('results.witteVlekkenTitle', { count: spots.length })}</h2>
      <p>{t('results.witteVlekkenIntro')}</p>
      {spots.length === 0 ? (
        <p>{t('results.noWitteVlekken')}</p>
      ) : (
        <ul>
          {spots.map((s) => {
            const entry = index.get(s.kenmerkId);
            if (!entry) return null;
            const score = formatScore(s.score, lang);
            return (
              <li key={s.kenmerkId} data-kenmerk={s.kenmerkId}>
                <strong>
                  {entry.number}. {entry.kenmerk.label[lang]}
                </strong>{' '}
                ({entry.area.label[lang]}) — {t(statusKey(s.status))}
                {score ? ` · ${t('results.scoreIs', { score })}` : ''}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
