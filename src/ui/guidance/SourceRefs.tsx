import { useT } from '../../i18n/useT';
import type { SourceRef } from '../../core/bank/types';

/** A short, readable citation: publication and lines, e.g. "(bron: 001, r. 745–748)". */
export function SourceRefs({ refs }: { refs: SourceRef[] }) {
  const { t } = useT();
  if (refs.length === 0) return null;
  const text = refs.map((r) => t('guidance.sourceRef', { seed: r.seed, from: r.from, to: r.to })).join('; ');
  return (
    <a class="source-ref" href="#/bronnen">
      ({t('guidance.source')}: {text})
    </a>
  );
}
