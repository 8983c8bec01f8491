import { isolate } from '../components/UserText';
import { useState } from 'preact/hooks';
import { deleteWorkshop, renameWorkshop } from '../../storage/workshopsRepo';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { navigate } from '../shell/route';
import { NAME_MAX, nameIsBlank } from '../../core/analysis';
import { useT } from '../../i18n/useT';
import type { Workshop } from '../../core/workshop';

/** Rename the werkplaats, or delete it (after confirmation; its results stay on the device). */
export function WorkshopSettings({ workshop, onChange }: { workshop: Workshop; onChange: (w: Workshop) => void }) {
  const { t } = useT();
  const [name, setName] = useState(workshop.name);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  const [blank, setBlank] = useState(false);
  const rename = async (e: Event) => {
    e.preventDefault();
    if (nameIsBlank(name)) {
      // Nothing is changed: the message beside the field says why.
      setDone('');
      setBlank(true);
      document.getElementById('workshop-rename')?.focus();
      return;
    }
    const next = await renameWorkshop(workshop.id, name);
    onChange(next);
    setDone(t('workshop.renamed'));
  };
  const remove = async () => {
    await deleteWorkshop(workshop.id);
    navigate({ screen: 'start' });
  };
  return (
    <section aria-labelledby="workshop-settings-title" class="workshop-settings no-print">
      <h2 id="workshop-settings-title">{t('workshop.settingsTitle')}</h2>
      <form class="inline-form" onSubmit={(e) => void rename(e)}>
        <label for="workshop-rename">{t('workshop.renameLabel')}</label>
        <input
          id="workshop-rename"
          value={name}
          maxLength={NAME_MAX}
          required
          aria-invalid={blank}
          aria-describedby={blank ? 'workshop-rename-error' : undefined}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setBlank(false);
          }}
        />
        <button type="submit">{t('common.save')}</button>
        {blank && (
          <p class="field-error" id="workshop-rename-error">
            {t('common.nameBlank')}
          </p>
        )}
      </form>
      <p role="status" class="save-note">
        {done}
      </p>
      <p>
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('workshop.delete')}
        </button>
      </p>
      {confirming && (
        <ConfirmDialog title={t('workshop.deleteTitle')} confirmLabel={t('workshop.deleteConfirm')} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
          {t('workshop.deleteBody', { name: isolate(workshop.name) })}
        </ConfirmDialog>
      )}
    </section>
  );
}
