import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { AdviceList } from '../guidance/AdviceList';
import { ReflectionQuestions } from '../guidance/ReflectionQuestions';
import { hrefFor } from '../shell/route';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

/** Per witte vlek, folded: the advice for the party's role and its reflection questions, and the way to the werkplan. */
export function WitteVlekGuidance({ scores, analysis }: { scores: KenmerkScore[]; analysis: Analysis }) {
  const { t, lang } = useT();
  const bank = useBank();
  const index = indexKenmerken(bank);
  const spots = scores.filter((s) => s.witteVlek);
  if (spots.length === 0) return null;
  return (
    <section aria-labelledby="guidance-title" class="wv-guidance">
      <h2 id="guidance-title">{t('results.guidanceTitle')}</h2>
      {spots.map((s) => {
        const entry = index.get(s.kenmerkId);
        if (!entry) return null;
        return (
          <details key={s.kenmerkId} data-kenmerk={s.kenmerkId} class="wv-details">
            <summary>
              <h3>
                {entry.number}. {entry.kenmerk.label[lang]}
              </h3>
            </summary>
            <AdviceList kenmerk={entry.kenmerk} role={analysis.party.role} />
            <ReflectionQuestions kenmerk={entry.kenmerk} role={analysis.party.role} />
            <p class="no-print">
              <a href={hrefFor({ screen: 'werkplan', id: analysis.id, kenmerkId: s.kenmerkId })}>{t('guidance.addAction')}</a>
            </p>
          </details>
        );
      })}
    </section>
  );
}
