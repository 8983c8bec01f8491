import { UserText } from '../components/UserText';
import { useBank } from '../shell/content';
import { neutralStatementText } from '../../core/bank/localText';
import { formatAnswer } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/**
 * Every statement with each party's answer, folded per area. All parties read the same statement;
 * only who "onze organisatie" is differs (their own gemeente, instelling or organisation), which the
 * intro says, so a difference in answers is a difference in view, never in the question.
 */
export function StatementAnswers({ analyses, names }: { analyses: Analysis[]; names: string[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  const answer = (a: Analysis, id: string) => formatAnswer(Object.hasOwn(a.answers, id) ? a.answers[id] : undefined, bank.scale.unknown.label[lang]);
  return (
    <section class="statement-answers" aria-labelledby="statement-answers-title">
      <h2 id="statement-answers-title">{t('compare.statementsTitle')}</h2>
      <p class="hint">{t('compare.statementsIntro')}</p>
      {bank.areas.map((area) => (
        <details key={area.id}>
          <summary>{area.label[lang]}</summary>
          <div class="table-wrap" role="region" aria-label={t('compare.statementsOf', { area: area.label[lang] })} tabIndex={0}>
            <table class="statement-table">
              <thead>
                <tr>
                  <th scope="col">{t('csv.statement')}</th>
                  {names.map((name, i) => (
                    <th scope="col" key={i}>
                      <UserText>{name}</UserText>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {area.kenmerken.flatMap((k) =>
                  k.statements.map((s) => (
                    <tr key={s.id} data-statement={s.id}>
                      <th scope="row">
                        <span class="statement-kenmerk">{k.label[lang]}: </span>
                        {neutralStatementText(s, lang, bank)}
                      </th>
                      {analyses.map((a, i) => (
                        <td key={i} class="score">
                          {answer(a, s.id)}
                        </td>
                      ))}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </details>
      ))}
    </section>
  );
}
