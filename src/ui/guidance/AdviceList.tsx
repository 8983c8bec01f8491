import { SourceRefs } from './SourceRefs';
import { useT } from '../../i18n/useT';
import type { Advice, Kenmerk } from '../../core/bank/types';
import type { Role } from '../../core/analysis';

function AdviceItems({ advice }: { advice: Advice[] }) {
  const { lang } = useT();
  return (
    <ul>
      {advice.map((a) => (
        <li key={a.id} class="advice-item">
          <strong>{a.title[lang]}</strong> {a.text[lang]} <SourceRefs refs={a.source} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The advice ("handvatten") for a kenmerk: offered as ideas, never prescribed; each names its source.
 * A party sees the advice that fits its role; the advice for other roles is folded below it.
 * Without a role of the bank ("anders", or a room of several parties) all advice shows.
 */
export function AdviceList({ kenmerk, role = 'anders' }: { kenmerk: Kenmerk; role?: Role }) {
  const { t } = useT();
  const fits = (a: Advice) => role === 'anders' || a.roles.includes(role);
  const own = kenmerk.advice.filter(fits);
  const others = kenmerk.advice.filter((a) => !fits(a));
  return (
    <div class="advice" data-kenmerk={kenmerk.id}>
      <h4>{t('guidance.adviceTitle')}</h4>
      <p class="hint">{t('guidance.adviceIntro')}</p>
      <AdviceItems advice={own} />
      {others.length > 0 && (
        <details class="advice-others">
          <summary>{t('guidance.adviceOthers', { count: others.length })}</summary>
          <AdviceItems advice={others} />
        </details>
      )}
    </div>
  );
}
