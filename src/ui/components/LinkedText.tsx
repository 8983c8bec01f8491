import { useMemo } from 'preact/hooks';
import { useGlossary } from '../shell/content';
import { linkTerms } from '../../core/content/glossary';
import { useT } from '../../i18n/useT';

/** Running text in which the first mention of each glossary term links to its explanation. */
export function LinkedText({ text }: { text: string }) {
  const { t, lang } = useT();
  const glossary = useGlossary();
  const parts = useMemo(() => (glossary ? linkTerms(text, glossary.terms, lang) : [{ text }]), [text, glossary, lang]);
  return (
    <>
      {parts.map((p, i) =>
        p.termId ? (
          <a key={i} class="term" href={`#/begrippen/${p.termId}`} title={t('glossary.linkTitle')}>
            {p.text}
          </a>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
