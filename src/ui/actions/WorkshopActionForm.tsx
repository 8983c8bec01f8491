import { useEffect, useRef, useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { ACTION_MAX, type Action } from '../../core/analysis';
import { newActionId } from '../../core/ids';
import { useT } from '../../i18n/useT';

interface Props {
  onAdd: (action: Action) => Promise<void>;
  /** Preselected kenmerk (e.g. the one on screen in presentation mode). */
  kenmerkId?: string;
  /** Focus the first field when shown (presentation mode opens it with a key). */
  autoFocus?: boolean;
  onDone?: () => void;
}

/** Records an agreed action: kenmerk, what, who, when. */
export function WorkshopActionForm({ onAdd, kenmerkId, autoFocus = false, onDone }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const first = bank.areas[0]?.kenmerken[0]?.id ?? '';
  const [kenmerk, setKenmerk] = useState(kenmerkId ?? first);
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [when, setWhen] = useState('');
  const [missing, setMissing] = useState(false);
  const whatRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) whatRef.current?.focus();
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!what.trim()) {
      setMissing(true);
      whatRef.current?.focus();
      return;
    }
    await onAdd({ id: newActionId(), kenmerkId: kenmerk, what, who, when });
    setWhat('');
    setWho('');
    setWhen('');
    setMissing(false);
    onDone?.();
  };
  return (
    <form class="action-form workshop-action-form no-print" noValidate onSubmit={(e) => void submit(e)} aria-label={t('workshop.addAction')}>
      <div class="action-fields">
        <div class="field">
          <label for="wa-kenmerk">{t('results.col.kenmerk')}</label>
          <select id="wa-kenmerk" value={kenmerk} onChange={(e) => setKenmerk(e.currentTarget.value)}>
            {bank.areas.flatMap((a) =>
              a.kenmerken.map((k) => (
                <option key={k.id} value={k.id}>
                  {k.label[lang]}
                </option>
              )),
            )}
          </select>
        </div>
        <div class="field">
          <label for="wa-what">{t('werkplan.what')}</label>
          <input
            id="wa-what"
            ref={whatRef}
            value={what}
            maxLength={ACTION_MAX.what}
            aria-invalid={missing}
            aria-describedby={missing ? 'wa-error' : undefined}
            onInput={(e) => setWhat(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="wa-who">{t('werkplan.who')}</label>
          <input id="wa-who" value={who} maxLength={ACTION_MAX.who} onInput={(e) => setWho(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="wa-when">{t('werkplan.when')}</label>
          <input id="wa-when" value={when} maxLength={ACTION_MAX.when} onInput={(e) => setWhen(e.currentTarget.value)} />
        </div>
      </div>
      {missing && (
        <p class="field-error" id="wa-error">
          {t('werkplan.whatRequired')}
        </p>
      )}
      <button type="submit">{t('werkplan.add')}</button>
    </form>
  );
}
