import { useT } from '../../i18n/useT';
import { SourceRefs } from './SourceRefs';
import type { BankRole, Kenmerk } from '../../core/bank/types';
import type { Role } from '../../core/analysis';

const BANK_ROLES: BankRole[] = ['gemeente', 'instelling', 'burger'];

/** The reflection questions of a kenmerk for the user's role (all roles for "anders"); not scored. */
export function ReflectionQuestions({ kenmerk, role, open = false }: { kenmerk: Kenmerk; role: Role; open?: boolean }) {
  const { t, lang } = useT();
  const roles = role === 'anders' ? BANK_ROLES : [role];
  return (
    <details class="reflection" open={open}>
      <summary>{t('guidance.reflectionTitle')}</summary>
      {roles.map((r) => {
        const questions = kenmerk.reflection?.[r] ?? [];
        const reason = kenmerk.noReflection?.[r];
        return (
          <div key={r} class="reflection-role">
            {roles.length > 1 && <h4>{t(`roles.${r}`)}</h4>}
            {questions.length > 0 ? (
              <ul>
                {questions.map((q, i) => (
                  <li key={i}>
                    {q.text[lang]} <SourceRefs refs={q.source} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{reason ? reason[lang] : t('guidance.noReflection')}</p>
            )}
          </div>
        );
      })}
    </details>
  );
}
