import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { statusKey } from '../components/statusText';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { KenmerkScore } from '../../core/scoring/scoreKenmerk';

/** The diagram's numbers as a real table: one row per kenmerk, grouped by area. */
export function ScoreTable({ scores, series = [] }: { scores: KenmerkScore[]; series?: { label: string; scores: KenmerkScore[] }[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  const index = indexKenmerken(bank);
  return (
    <>
    <p class="hint table-hint">{t('results.tableScrollHint')}</p>
    <div class="table-wrap" role="region" aria-labelledby="score-table-caption" tabIndex={0}>
      <table class="score-table">
        <caption id="score-table-caption">{t('results.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.number')}</th>
            <th scope="col">{t('results.col.area')}</th>
            <th scope="col">{t('results.col.kenmerk')}</th>
            {series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
            <th scope="col">{t('results.col.score')}</th>
            <th scope="col">{t('results.col.answered')}</th>
            <th scope="col">{t('results.col.finding')}</th>
          </tr>
        </thead>
        <tbody>
          {scores.map((s) => {
            const entry = index.get(s.kenmerkId);
            if (!entry) return null;
            return (
              <tr key={s.kenmerkId} data-kenmerk={s.kenmerkId} class={s.witteVlek ? 'is-witte-vlek' : undefined}>
                <td>{entry.number}</td>
                <td>{entry.area.label[lang]}</td>
                <th scope="row">{entry.kenmerk.label[lang]}</th>
                {series.map((m, j) => (
                  <td key={j} class="score earlier">
                    {formatScore(m.scores.find((x) => x.kenmerkId === s.kenmerkId)?.score ?? null, lang) ?? '—'}
                  </td>
                ))}
                <td class="score">{formatScore(s.score, lang) ?? t('results.noScore')}</td>
                <td>{t('results.answeredOf', { rated: s.rated, unknown: s.unknown, total: s.total })}</td>
                <td>{t(statusKey(s.status))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </>
  );
}
