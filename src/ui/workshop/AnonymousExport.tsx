import { useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { roleNames } from '../comparison/roleNames';
import { downloadFile } from '../export/saveFile';
import { resultFile } from '../export/exportFiles';
import { anonymizeForExport } from '../../core/resultFile/anonymize';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';
import type { Workshop } from '../../core/workshop';

interface Props {
  workshop: Workshop;
  /** Those of its results that are on this device (only these go into the file). */
  results: Analysis[];
}

/**
 * "Exporteren zonder namen": a copy of the werkplaats that cannot be linked back (new ids, roles
 * instead of names, no level; notes and the "who" of actions only when the user ticks them, with a
 * warning that they can hold names). See src/core/resultFile/anonymize.ts.
 *
 * Unlike the named export it does not mark the werkplaats as exported: this file cannot restore it.
 */
export function AnonymousExport({ workshop, results }: Props) {
  const { t } = useT();
  const bank = useBank();
  const [keepNotes, setKeepNotes] = useState(false);
  const [keepWho, setKeepWho] = useState(false);
  const [done, setDone] = useState('');

  const save = (e: Event) => {
    e.preventDefault();
    const copy = anonymizeForExport(
      results,
      workshop,
      { parties: roleNames(results, (r) => t(`roles.${r}`)), workshopName: (name) => t('workshop.anonymousName', { name }) },
      { keepNotes, keepWho },
    );
    const file = resultFile(copy.analyses, bank, new Date(), { workshops: [copy.workshop], anonymous: true });
    downloadFile(file.name, file.blob);
    setDone(t('export.saved', { name: file.name }));
  };

  return (
    <section aria-labelledby="anonymous-export-title" class="anonymous-export no-print">
      <h2 id="anonymous-export-title">{t('workshop.anonymousTitle')}</h2>
      <form onSubmit={save}>
        <p class="hint" id="anonymous-export-intro">
          {t('workshop.anonymousIntro')}
        </p>
        <OptIn id="anonymous-notes" on={keepNotes} onChange={setKeepNotes} label={t('workshop.anonymousKeepNotes')} warning={t('workshop.anonymousNotesWarning')} />
        <OptIn id="anonymous-who" on={keepWho} onChange={setKeepWho} label={t('workshop.anonymousKeepWho')} warning={t('workshop.anonymousWhoWarning')} />
        <button type="submit" aria-describedby="anonymous-export-intro">
          {t('workshop.exportAnonymous')}
        </button>
      </form>
      <p role="status" class="save-note">
        {done}
      </p>
    </section>
  );
}

/** A choice that is off by default, with its warning: a hint while off, a notice once ticked. */
function OptIn({ id, on, onChange, label, warning }: { id: string; on: boolean; onChange: (on: boolean) => void; label: string; warning: string }) {
  return (
    <>
      <label class="check">
        <input type="checkbox" checked={on} aria-describedby={`${id}-warning`} onChange={(e) => onChange(e.currentTarget.checked)} />
        <span>{label}</span>
      </label>
      <p class={on ? 'notice' : 'hint'} id={`${id}-warning`}>
        {warning}
      </p>
    </>
  );
}
