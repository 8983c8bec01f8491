import { useT } from '../../i18n/useT';
import { SourceRefs } from './SourceRefs';
import { BANK_ROLES, type Kenmerk } from '../../core/bank/types';
import type { Role } from '../../core/analysis';

/** The reflection questions of a kenmerk for the user's role (all roles for "anders"); not scored. */
export function ReflectionQuestions({ kenmerk, role, open = false }: { kenmerk: Kenmerk; role: Role; open?: boolean }) {
  const { t, lang } = useT();
  const roles = role === 'anders' ? BANK_ROLES : [role];
  return (
    <details class="reflection" open={open}>
      <summary>{t('guidance.reflectionTitle')}</summary>
      {roles.map((r) => (
        <div key={r} class="reflection-role">
          {roles.length > 1 && <h4>{t(`roles.${r}`)}</h4>}
          <ul>
            {kenmerk.reflection[r].map((q, i) => (
              <li key={i}>
                {q.text[lang]} <SourceRefs refs={q.source} derived={q.derived} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </details>
  );
}
