import { isolate } from '../components/UserText';
import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { Comparison } from '../../core/compare/compareResults';

/** The kenmerken where perspectives differ by the threshold or more, largest first: the agenda for the discussion. */
export function VerschillenList({ comparison, names }: { comparison: Comparison; names: string[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  const index = indexKenmerken(bank);
  const threshold = formatScore(bank.thresholds.verschilRange, lang);
  return (
    <section aria-labelledby="verschil-title" class="verschillen">
      <h2 id="verschil-title">{t('compare.verschilTitle')}</h2>
      <p>{t('compare.verschilIntro', { threshold })}</p>
      {comparison.agenda.length === 0 ? (
        <p>{t('compare.noVerschil')}</p>
      ) : (
        <ol>
          {comparison.agenda.map((k) => {
            const entry = index.get(k.kenmerkId);
            const lowest = k.values.map((v, i) => (v === k.min ? isolate(names[i] ?? '') : null)).filter(Boolean).join(', ');
            const highest = k.values.map((v, i) => (v === k.max ? isolate(names[i] ?? '') : null)).filter(Boolean).join(', ');
            return (
              <li key={k.kenmerkId} data-kenmerk={k.kenmerkId}>
                <strong>{entry?.kenmerk.label[lang]}</strong> ({entry?.area.label[lang]}) —{' '}
                {k.verschil
                  ? t('compare.verschilLine', {
                      range: formatScore(k.range, lang),
                      min: formatScore(k.min, lang),
                      max: formatScore(k.max, lang),
                      lowest,
                      highest,
                    })
                  : t('compare.samenOnbekend', { count: k.onbekend })}
                {k.verschil && k.onbekend > 0 && ` · ${t('present.onbekendParties', { count: k.onbekend })}`}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
