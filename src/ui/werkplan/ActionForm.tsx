import { useState } from 'preact/hooks';
import { ACTION_MAX, type Action } from '../../core/analysis';
import { newActionId } from '../../core/ids';
import { useT } from '../../i18n/useT';
import type { Kenmerk } from '../../core/bank/types';

/** Adds an action to a kenmerk: what (required), who, when. */
export function ActionForm({ kenmerk, onAdd }: { kenmerk: Kenmerk; onAdd: (action: Action) => Promise<void> }) {
  const { t, lang } = useT();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [when, setWhen] = useState('');
  const [missing, setMissing] = useState(false);
  const p = `action-${kenmerk.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!what.trim()) {
      setMissing(true);
      document.getElementById(`${p}-what`)?.focus();
      return;
    }
    await onAdd({ id: newActionId(), kenmerkId: kenmerk.id, what, who, when });
    setWhat('');
    setWho('');
    setWhen('');
    setMissing(false);
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
      <button type="submit">{t('werkplan.add')}</button>
    </form>
  );
}
