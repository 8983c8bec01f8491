import { useEffect } from 'preact/hooks';
import { glossaryContent, useContent } from '../shell/content';
import { Gate } from '../shell/Gate';
import { ScreenFrame } from '../shell/ScreenFrame';
import { SourceRefs } from '../guidance/SourceRefs';
import { useT } from '../../i18n/useT';

/** The glossary: every term the app uses, with its source; `termId` scrolls to and focuses one entry. */
export function GlossaryPage({ termId }: { termId?: string }) {
  const { t, lang } = useT();
  const state = useContent(glossaryContent);
  const glossary = state.status === 'ready' ? state.value : null;
  useEffect(() => {
    if (!termId || !glossary) return;
    const el = document.getElementById(`term-${termId}`);
    el?.focus();
    el?.scrollIntoView({ block: 'start' });
  }, [termId, glossary]);
  const terms = [...(glossary?.terms ?? [])].sort((a, b) => a.term[lang].localeCompare(b.term[lang], lang));
  return (
    <ScreenFrame id="glossary-title" title={t('about.glossaryTitle')} element="article" class="text-page" focus={!termId} focusKey={termId}>
      <p class="lead">{t('about.glossaryIntro')}</p>
      <Gate state={state} error={t('app.contentError')} onRetry={() => glossaryContent.need()}>
        {() => (
          <dl class="glossary">
            {terms.map((term) => (
              <div key={term.id} class={term.id === termId ? 'term-entry is-target' : 'term-entry'}>
                <dt id={`term-${term.id}`} tabIndex={-1}>
                  {term.term[lang]}
                </dt>
                <dd>
                  {term.definition[lang]} <SourceRefs refs={term.source} />
                </dd>
              </div>
            ))}
          </dl>
        )}
      </Gate>
    </ScreenFrame>
  );
}
