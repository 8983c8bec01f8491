import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { statusKey } from '../components/statusText';
import { formatScore } from '../../core/format';
import { AdviceList } from '../guidance/AdviceList';
import { ReflectionQuestions } from '../guidance/ReflectionQuestions';
import { hrefFor } from '../shell/route';
import type { Analysis } from '../../core/analysis';
import { useT } from '../../i18n/useT';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

/** The kenmerken that are witte vlekken: low, or onbekend. */
export function WitteVlekkenList({ scores, analysis }: { scores: KenmerkScore[]; analysis: Analysis }) {
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
        <ul class="witte-vlek-list">
          {spots.map((s) => {
            const entry = index.get(s.kenmerkId);
            if (!entry) return null;
            const score = formatScore(s.score, lang);
            return (
              <li key={s.kenmerkId} data-kenmerk={s.kenmerkId} class="witte-vlek">
                <h3>
                  {entry.number}. {entry.kenmerk.label[lang]}
                </h3>
                <p>
                  {entry.area.label[lang]} — {t(statusKey(s.status))}
                  {score ? ` · ${t('results.scoreIs', { score })}` : ''}
                </p>
                <AdviceList kenmerk={entry.kenmerk} role={analysis.party.role} />
                <ReflectionQuestions kenmerk={entry.kenmerk} role={analysis.party.role} />
                <p class="no-print">
                  <a href={hrefFor({ screen: 'werkplan', id: analysis.id })}>{t('guidance.addAction')}</a>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
