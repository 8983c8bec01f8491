import { SourceRefs } from './SourceRefs';
import { useT } from '../../i18n/useT';
import type { Kenmerk } from '../../core/bank/types';

/** The advice ("handvatten") for a kenmerk: offered as ideas, never prescribed; each names its source. */
export function AdviceList({ kenmerk }: { kenmerk: Kenmerk }) {
  const { t, lang } = useT();
  const advice = kenmerk.advice ?? [];
  if (advice.length === 0) return null;
  return (
    <div class="advice" data-kenmerk={kenmerk.id}>
      <h4>{t('guidance.adviceTitle')}</h4>
      <p class="hint">{t('guidance.adviceIntro')}</p>
      <ul>
        {advice.map((a) => (
          <li key={a.id} class="advice-item">
            <strong>{a.title[lang]}</strong> {a.text[lang]} <SourceRefs refs={a.source} />
          </li>
        ))}
      </ul>
    </div>
  );
}
