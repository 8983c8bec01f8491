import { sourcesContent, useContent } from '../shell/content';
import { ScreenFrame } from '../shell/ScreenFrame';
import { Gate } from '../shell/Gate';
import { useT } from '../../i18n/useT';

/** "Bronnen": every publication the app draws on, credited, with what the app takes from it. */
export function SourcesPage() {
  const { t, lang } = useT();
  const state = useContent(sourcesContent);
  return (
    <ScreenFrame id="sources-title" title={t('about.sourcesTitle')} element="article" class="text-page">
      <p class="lead">{t('about.sourcesIntro')}</p>
      <Gate state={state} error={t('app.contentError')} onRetry={() => sourcesContent.need()}>
        {(sources) => (
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
                    <details class="sections">
                      <summary>{t('about.sectionsTitle')}</summary>
                      <ul>
                        {p.sections.map((s, i) => {
                          const next = p.sections[i + 1];
                          return (
                            <li key={s.from}>
                              {s.label[lang]} · {next ? t('about.sectionLines', { from: s.from, to: next.from - 1 }) : t('about.sectionFrom', { from: s.from })}
                            </li>
                          );
                        })}
                      </ul>
                    </details>
                  </li>
                ))}
              </ol>
              <p>{sources.note[lang]}</p>
            </>
        )}
      </Gate>
    </ScreenFrame>
  );
}
