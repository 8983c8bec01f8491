import { useState } from 'preact/hooks';
import { ACTION_MAX, type Action } from '../../core/analysis';
import { newActionId } from '../../core/ids';
import { useT } from '../../i18n/useT';
import { isolate } from '../components/UserText';
import type { Kenmerk } from '../../core/bank/types';

/**
 * Adds an action to a kenmerk: what (required), who, when. `onAdd` resolves true when the action is
 * stored; then the form empties and says so beside the button ("Actie toegevoegd: …") in a polite
 * live region, so a screen reader announces it without moving focus. When it is not stored, the
 * fields keep what was typed and the same place says so.
 */
export function ActionForm({ kenmerk, onAdd }: { kenmerk: Kenmerk; onAdd: (action: Action) => Promise<boolean> }) {
  const { t, lang } = useT();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [when, setWhen] = useState('');
  const [missing, setMissing] = useState(false);
  /** The last outcome; `n` renews the message node, so adding the same text twice is announced twice. */
  const [outcome, setOutcome] = useState<{ n: number; added: boolean; what: string } | null>(null);
  const p = `action-${kenmerk.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!what.trim()) {
      setMissing(true);
      document.getElementById(`${p}-what`)?.focus();
      return;
    }
    setMissing(false);
    const added = await onAdd({ id: newActionId(), kenmerkId: kenmerk.id, what, who, when });
    setOutcome((last) => ({ n: (last?.n ?? 0) + 1, added, what: what.trim() }));
    if (!added) return;
    setWhat('');
    setWho('');
    setWhen('');
  };
  return (
    <form class="action-form no-print" noValidate onSubmit={(e) => void submit(e)} aria-label={t('werkplan.addFor', { kenmerk: kenmerk.label[lang] })}>
      <div class="action-fields">
        <div class="field">
          <label for={`${p}-what`}>{t('werkplan.what')}</label>
          <input
            id={`${p}-what`}
            value={what}
            maxLength={ACTION_MAX.what}
            aria-invalid={missing}
            aria-describedby={missing ? `${p}-error` : undefined}
            onInput={(e) => setWhat(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${p}-who`}>{t('werkplan.who')}</label>
          <input id={`${p}-who`} value={who} maxLength={ACTION_MAX.who} onInput={(e) => setWho(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${p}-when`}>{t('werkplan.when')}</label>
          <input id={`${p}-when`} value={when} maxLength={ACTION_MAX.when} onInput={(e) => setWhen(e.currentTarget.value)} />
        </div>
      </div>
      {missing && (
        <p class="field-error" id={`${p}-error`}>
          {t('werkplan.whatRequired')}
        </p>
      )}
      <div class="action-submit">
        <button type="submit">{t('werkplan.add')}</button>
        <p class={`save-note action-added${outcome && !outcome.added ? ' field-error' : ''}`} id={`${p}-status`} role="status" aria-live="polite">
          {outcome && (
            <span key={outcome.n}>
              {outcome.added ? t('werkplan.actionAdded', { what: isolate(outcome.what) }) : t('werkplan.actionNotAdded')}
            </span>
          )}
        </p>
      </div>
    </form>
  );
}
