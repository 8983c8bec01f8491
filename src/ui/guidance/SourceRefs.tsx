import { useT } from '../../i18n/useT';
import { sourcesContent, useContent } from '../shell/content';
import { citationOf } from '../../core/content/sources';
import type { SourceRef } from '../../core/bank/types';

/**
 * A citation a reader can follow: publication and chapter, e.g. "(bron: Bondgenoten in de
 * decentralisaties, hoofdstuk 6 — De maatschappelijke agenda)", linking to the "Bronnen" page.
 * `derived`: the text was written from that passage (the source prints no such question).
 */
export function SourceRefs({ refs, derived = false }: { refs: SourceRef[]; derived?: boolean }) {
  const { t, lang } = useT();
  const state = useContent(sourcesContent);
  if (refs.length === 0 || state.status !== 'ready') return null;
  const texts = refs.map((r) => {
    const c = citationOf(state.value, r);
    return c ? `${c.title}, ${c.section[lang]}` : r.seed;
  });
  const unique = [...new Set(texts)].join('; ');
  return (
    <a class="source-ref" href="#/bronnen">
      ({t(derived ? 'guidance.derivedFrom' : 'guidance.source')}: {unique})
    </a>
  );
}
