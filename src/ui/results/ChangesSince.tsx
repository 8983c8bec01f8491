import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { changesSince } from '../../core/followUp';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** The change per kenmerk since the earlier measurement, in words and numbers, and the witte vlekken that came or went. */
export function ChangesSince({ earlier, current, date }: { earlier: Analysis; current: Analysis; date: string }) {
  const { t, lang } = useT();
  const bank = useBank();
  const index = indexKenmerken(bank);
  const changes = changesSince(bank, earlier, current);
  const name = (id: string) => index.get(id)?.kenmerk.label[lang] ?? id;
  const gone = changes.filter((c) => c.wasWitteVlek && !c.isWitteVlek).map((c) => name(c.kenmerkId));
  const came = changes.filter((c) => !c.wasWitteVlek && c.isWitteVlek).map((c) => name(c.kenmerkId));
  const f = (v: number) => formatScore(Math.abs(v), lang) ?? '';
  return (
    <section aria-labelledby="changes-title" class="changes">
      <h2 id="changes-title">{t('followUp.changesTitle', { date })}</h2>
      {gone.length > 0 && <p>{t('followUp.gone', { names: gone.join(', ') })}</p>}
      {came.length > 0 && <p>{t('followUp.came', { names: came.join(', ') })}</p>}
      <ul class="change-list">
        {changes.map((c) => (
          <li key={c.kenmerkId} data-kenmerk={c.kenmerkId}>
            <strong>{name(c.kenmerkId)}</strong>:{' '}
            {c.delta === null
              ? t('followUp.noCompare')
              : Math.abs(c.delta) < 0.05
                ? t('followUp.same', { date })
                : c.delta > 0
                  ? t('followUp.higher', { delta: f(c.delta), date })
                  : t('followUp.lower', { delta: f(c.delta), date })}
          </li>
        ))}
      </ul>
    </section>
  );
}
