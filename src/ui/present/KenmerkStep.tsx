import { UserText } from '../components/UserText';
import { useBank } from '../shell/content';
import { AdviceList } from '../guidance/AdviceList';
import { ReflectionQuestions } from '../guidance/ReflectionQuestions';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Comparison } from '../../core/compare/compareResults';

interface Props {
  kenmerkId: string;
  comparison: Comparison;
  analyses: Analysis[];
  names: string[];
}

/** One kenmerk: each party's score (a bar and the number), the spread, its reflection questions and advice. */
export function KenmerkStep({ kenmerkId, comparison, analyses, names }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const kenmerk = bank.areas.flatMap((a) => a.kenmerken).find((k) => k.id === kenmerkId);
  const spread = comparison.kenmerken.find((k) => k.kenmerkId === kenmerkId);
  if (!kenmerk || !spread) return null;
  const max = bank.scale.points.at(-1)?.value ?? 5;
  const f = (v: number | null) => formatScore(v, lang) ?? '—';
  return (
    <div class="present-kenmerk">
      <p class="present-explanation">{kenmerk.explanation[lang]}</p>
      <table class="present-scores">
        <caption class="visually-hidden">{t('compare.tableTitle')}</caption>
        <tbody>
          {analyses.map((a, i) => {
            const v = spread.values[i] ?? null;
            return (
              <tr key={a.id}>
                <th scope="row">
                  <UserText>{names[i] ?? ''}</UserText>
                </th>
                <td class="bar-cell">
                  <meter min={0} max={max} value={v ?? 0} aria-hidden="true" />
                </td>
                <td class="score">{f(v)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="present-spread">
        {t('present.spread', { mean: f(spread.mean), min: f(spread.min), max: f(spread.max), range: f(spread.range) })}
        {spread.verschil && <strong> · {t('present.verschil')}</strong>}
      </p>
      <div class="present-guidance">
        <ReflectionQuestions kenmerk={kenmerk} role="anders" open />
        <AdviceList kenmerk={kenmerk} />
      </div>
    </div>
  );
}
