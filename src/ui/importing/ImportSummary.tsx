import { useT } from '../../i18n/useT';
import type { FileOutcome } from '../../import/types';

/** One line per file: what was added, what was already here, or why it was refused. */
export function ImportSummary({ outcomes }: { outcomes: FileOutcome[] }) {
  const { t } = useT();
  return (
    <section aria-labelledby="summary-title" class="import-summary" role="status">
      <h2 id="summary-title">{t('import.summaryTitle')}</h2>
      <ul>
        {outcomes.map((o, i) => (
          <li key={i} class={o.error ? 'rejected' : 'accepted'} data-file={o.name}>
            <strong>{o.name}</strong>:{' '}
            {o.error ? (
              <>
                {t('import.rejected')} {t(`import.errors.${o.error.code}`, { result: o.error.result, field: o.error.field, version: o.error.version })}{' '}
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
                {o.dropped > 0 && <> · {t('import.dropped', { count: o.dropped })}</>}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
