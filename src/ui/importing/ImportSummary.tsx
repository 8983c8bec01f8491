import { isolate, UserText } from '../components/UserText';
import { describeImportError } from '../components/describeImportError';
import { useT } from '../../i18n/useT';
import type { FileOutcome, WorkshopLinks } from '../../import/types';

interface Props {
  outcomes: FileOutcome[];
  /** Werkplaatsen whose links point at results that are not here. */
  links?: WorkshopLinks[];
  settingsRestored?: boolean;
}

/** One line per file: what was added, what was already here, or why it was refused; then what is missing. */
export function ImportSummary({ outcomes, links = [], settingsRestored = false }: Props) {
  const { t } = useT();
  return (
    <section aria-labelledby="summary-title" class="import-summary" role="status">
      <h2 id="summary-title">{t('import.summaryTitle')}</h2>
      <ul>
        {outcomes.map((o, i) => (
          <li key={i} class={o.error ? 'rejected' : 'accepted'} data-file={o.name}>
            <strong>
              <UserText>{o.name}</UserText>
            </strong>
            :{' '}
            {o.error ? (
              <>
                {t('import.rejected')} {describeImportError(o.error, t)}{' '}
                {t('import.nothingChanged')}
              </>
            ) : (
              <>
                {[
                  o.added > 0 && t('import.added', { count: o.added }),
                  o.present > 0 && t('import.present', { count: o.present }),
                  o.conflicts > 0 && t('import.conflicts', { count: o.conflicts }),
                  o.workshops > 0 && t('import.workshops', { count: o.workshops }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {o.earlier > 0 && <> · {t('import.earlier', { count: o.earlier })}</>}
                {o.dropped > 0 && <> · {t('import.dropped', { count: o.dropped })}</>}
              </>
            )}
          </li>
        ))}
      </ul>
      {links.length > 0 && (
        <ul class="workshop-links">
          {links.map((l, i) => (
            <li key={i}>
              {l.missing === l.total
                ? t('import.workshopEmpty', { name: isolate(l.name), total: l.total })
                : t('import.workshopLinks', { name: isolate(l.name), count: l.missing, total: l.total })}
            </li>
          ))}
        </ul>
      )}
      {settingsRestored && <p>{t('import.settingsRestored')}</p>}
    </section>
  );
}
