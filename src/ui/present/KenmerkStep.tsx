import { UserText } from '../components/UserText';
import { useBank } from '../shell/content';
import { AdviceList } from '../guidance/AdviceList';
import { ReflectionQuestions } from '../guidance/ReflectionQuestions';
import { neutralStatementText } from '../../core/bank/localText';
import { formatAnswer, formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Comparison } from '../../core/compare/compareResults';

interface Props {
  kenmerkId: string;
  comparison: Comparison;
  analyses: Analysis[];
  names: string[];
  /** S: the statements with each party's answer. */
  statements: boolean;
  /** H: reflection questions and advice unfolded. */
  guidance: boolean;
}

/**
 * One kenmerk: each visible party's score (a bar and the number) and how often it did not know;
 * a party that is *onbekend* says so and is left out of the mean and range, which say over how many
 * parties they run. Statements (S) and guidance (H) fold open on a key, below the scores.
 */
export function KenmerkStep({ kenmerkId, comparison, analyses, names, statements, guidance }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const kenmerk = bank.areas.flatMap((a) => a.kenmerken).find((k) => k.id === kenmerkId);
  const spread = comparison.kenmerken.find((k) => k.kenmerkId === kenmerkId);
  if (!kenmerk || !spread) return null;
  const max = bank.scale.points.at(-1)?.value ?? 5;
  const f = (v: number | null) => formatScore(v, lang) ?? '—';
  const answer = (a: Analysis, id: string) => formatAnswer(Object.hasOwn(a.answers, id) ? a.answers[id] : undefined, bank.scale.unknown.label[lang]);
  return (
    <div class="present-kenmerk">
      <table class="present-scores">
        <caption class="visually-hidden">{t('compare.tableTitle')}</caption>
        <tbody>
          {analyses.map((a, i) => {
            const view = spread.views[i];
            const onbekend = view?.status === 'onbekend';
            return (
              <tr key={a.id} data-party={a.id} class={onbekend ? 'is-onbekend' : undefined}>
                <th scope="row">
                  <UserText>{names[i] ?? ''}</UserText>
                </th>
                <td class="bar-cell">{!onbekend && <meter min={0} max={max} value={view?.score ?? 0} aria-hidden="true" />}</td>
                <td class="score">{onbekend ? t('results.onbekend') : f(view?.score ?? null)}</td>
                <td class="unknown-count">{view && view.unknown > 0 ? t('present.unknownOf', { unknown: view.unknown, total: view.total }) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="present-spread">
        {spread.counted >= 1
          ? t('present.spreadOver', { mean: f(spread.mean), min: f(spread.min), max: f(spread.max), range: f(spread.range), counted: spread.counted, total: analyses.length })
          : t('present.noSpread')}
        {spread.verschil && <strong> · {t('present.verschil')}</strong>}
        {spread.onbekend > 0 && <strong> · {t('present.onbekendParties', { count: spread.onbekend })}</strong>}
      </p>
      <p class="present-explanation">{kenmerk.explanation[lang]}</p>
      {statements && (
        <table class="present-statements">
          <caption>{t('present.statementsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('csv.statement')}</th>
              {analyses.map((a, i) => (
                <th scope="col" key={a.id}>
                  <UserText>{names[i] ?? ''}</UserText>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kenmerk.statements.map((s) => (
              <tr key={s.id}>
                <th scope="row">{neutralStatementText(s, lang, bank)}</th>
                {analyses.map((a) => (
                  <td key={a.id}>{answer(a, s.id)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {guidance && (
        <div class="present-guidance">
          <ReflectionQuestions kenmerk={kenmerk} role="anders" open />
          <AdviceList kenmerk={kenmerk} />
        </div>
      )}
    </div>
  );
}
