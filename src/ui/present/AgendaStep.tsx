import { useBank } from '../shell/content';
import { indexKenmerken } from '../../core/bank/kenmerkIndex';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { Comparison } from '../../core/compare/compareResults';

/** The agenda: verschillen van inzicht (largest range first), then what two or more parties do not know. Each item opens its slide. */
export function AgendaStep({ comparison, onOpen }: { comparison: Comparison; onOpen: (kenmerkId: string) => void }) {
  const { t, lang } = useT();
  const index = indexKenmerken(useBank());
  if (comparison.agenda.length === 0) return <p>{t('present.agendaEmpty')}</p>;
  return (
    <ol class="present-agenda">
      {comparison.agenda.map((k) => {
        const entry = index.get(k.kenmerkId);
        return (
          <li key={k.kenmerkId} data-kenmerk={k.kenmerkId}>
            <button type="button" class="agenda-item" onClick={() => onOpen(k.kenmerkId)}>
              <strong>
                {entry?.number}. {entry?.kenmerk.label[lang]}
              </strong>{' '}
              {k.verschil
                ? t('present.agendaVerschil', { range: formatScore(k.range, lang), min: formatScore(k.min, lang), max: formatScore(k.max, lang), counted: k.counted })
                : t('present.agendaOnbekend', { count: k.onbekend })}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
