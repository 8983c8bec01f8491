import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../../i18n/useT';

const KEYS = ['arrows', 'home', 'numbers', 'names', 'reveal', 'statements', 'guidance', 'action', 'fullscreen', 'help', 'escape'] as const;

/** The list of keys (opened with ?), as a modal dialog. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    dialog.current?.querySelector('button')?.focus();
  }, []);
  return (
    <dialog ref={dialog} class="present-help" aria-labelledby="help-title" onCancel={(e) => (e.preventDefault(), onClose())}>
      <h2 id="help-title">{t('present.helpTitle')}</h2>
      <dl>
        {KEYS.map((k) => (
          <div key={k}>
            <dt>
              <kbd>{t(`present.keys.${k}.key`)}</kbd>
            </dt>
            <dd>{t(`present.keys.${k}.does`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onClose}>
        {t('present.close')}
      </button>
    </dialog>
  );
}
