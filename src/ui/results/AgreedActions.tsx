import { UserText } from '../components/UserText';
import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { hrefFor } from '../shell/route';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** The actions agreed in the werkplan, short: kenmerk, what, who, when. */
export function AgreedActions({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useT();
  const index = indexKenmerken(useBank());
  return (
    <section aria-labelledby="agreed-title" class="agreed-actions">
      <h2 id="agreed-title">{t('werkplan.actionsTitle')}</h2>
      {analysis.actions.length === 0 ? (
        <p>
          {t('werkplan.noActions')}{' '}
          <a class="no-print" href={hrefFor({ screen: 'werkplan', id: analysis.id })}>
            {t('results.planActions')}
          </a>
        </p>
      ) : (
        <ul>
          {analysis.actions.map((a) => (
            <li key={a.id}>
              <strong>{index.get(a.kenmerkId)?.kenmerk.label[lang]}:</strong> <UserText>{a.what}</UserText>
              {a.who && (
                <>
                  {' · '}
                  <UserText>{a.who}</UserText>
                </>
              )}
              {a.when && (
                <>
                  {' · '}
                  <UserText>{a.when}</UserText>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
