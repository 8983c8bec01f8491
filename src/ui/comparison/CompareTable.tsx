import { UserText } from '../components/UserText';
import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { Comparison } from '../../core/compare/compareResults';

/** Per kenmerk: each party's score, the mean, min, max and range (the diagram's numbers as a table). */
export function CompareTable({ comparison, names }: { comparison: Comparison; names: string[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  const index = indexKenmerken(bank);
  const f = (v: number | null) => formatScore(v, lang) ?? '—';
  return (
    <div class="table-wrap" role="region" aria-labelledby="compare-table-caption" tabIndex={0}>
      <table class="compare-table">
        <caption id="compare-table-caption">{t('compare.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.number')}</th>
            <th scope="col">{t('results.col.kenmerk')}</th>
            {names.map((name, i) => (
              <th scope="col" key={i}>
                <UserText>{name}</UserText>
              </th>
            ))}
            <th scope="col">{t('compare.mean')}</th>
            <th scope="col">{t('compare.min')}</th>
            <th scope="col">{t('compare.max')}</th>
            <th scope="col">{t('compare.range')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.kenmerken.map((k) => {
            const entry = index.get(k.kenmerkId);
            return (
              <tr key={k.kenmerkId} data-kenmerk={k.kenmerkId} class={k.verschil ? 'is-verschil' : undefined}>
                <td>{entry?.number}</td>
                <th scope="row">{entry?.kenmerk.label[lang]}</th>
                {k.views.map((v, i) => (
                  <td key={i} class={v.status === 'onbekend' ? 'score is-onbekend' : 'score'}>
                    {v.status === 'onbekend' ? t('results.onbekend') : f(v.score)}
                    {v.unknown > 0 && <span class="unknown-count"> ({t('present.unknownOf', { unknown: v.unknown, total: v.total })})</span>}
                  </td>
                ))}
                <td class="score mean">
                  {f(k.mean)}
                  {k.counted < k.views.length && <span class="unknown-count"> ({t('compare.over', { counted: k.counted, total: k.views.length })})</span>}
                </td>
                <td class="score min">{f(k.min)}</td>
                <td class="score max">{f(k.max)}</td>
                <td class="score range">{f(k.range)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
