import { UserText } from '../components/UserText';
import { describeImportError } from '../components/describeImportError';
import { linkText, outcomeText } from './summaryText';
import { useT } from '../../i18n/useT';
import type { FileOutcome, WorkshopLinks } from '../../import/types';

interface Props {
  outcomes: FileOutcome[];
  /** Werkplaatsen whose links point at results that are not here, or that have no results. */
  links?: WorkshopLinks[];
  settingsRestored?: boolean;
}

/** One line per file: what was added, what was already here, or why it was refused; then what is missing from a werkplaats. */
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
              outcomeText(o, t)
            )}
          </li>
        ))}
      </ul>
      {links.length > 0 && (
        <ul class="workshop-links">
          {links.map((l, i) => (
            <li key={i}>{linkText(l, t)}</li>
          ))}
        </ul>
      )}
      {settingsRestored && <p>{t('import.settingsRestored')}</p>}
    </section>
  );
}
