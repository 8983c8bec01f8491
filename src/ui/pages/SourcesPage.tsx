import { useEffect, useState } from 'preact/hooks';
import { loadSources } from '../app/loadContent';
import { useFocusHeading } from '../components/useFocusHeading';
import { StatusMessage } from '../components/StatusMessage';
import { useT } from '../../i18n/useT';
import type { Sources } from '../../core/content/sources';

/** "Bronnen": every publication the app draws on, credited, with what the app takes from it. */
export function SourcesPage() {
  const { t, lang } = useT();
  const heading = useFocusHeading();
  const [sources, setSources] = useState<Sources | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadSources().then(setSources, () => setFailed(true));
  }, []);
  return (
    <article aria-labelledby="sources-title" class="text-page">
      <h1 id="sources-title" tabIndex={-1} ref={heading}>
        {t('about.sourcesTitle')}
      </h1>
      <p class="lead">{t('about.sourcesIntro')}</p>
      {failed && <StatusMessage kind="error">{t('app.bankError')}</StatusMessage>}
      {sources && (
        <>
          <ol class="publications">
            {sources.publications.map((p) => (
              <li key={p.seed} id={`bron-${p.seed}`}>
                <h2>
                  {p.title} <span class="seed-id">({p.seed})</span>
                </h2>
                <p class="meta">
                  {p.authors} · {p.publisher} · {p.date[lang]}
                </p>
                <p>{p.about[lang]}</p>
                <p>{p.usedFor[lang]}</p>
              </li>
            ))}
          </ol>
          <p>{sources.note[lang]}</p>
        </>
      )}
    </article>
  );
}
