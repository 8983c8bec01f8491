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
        <label class="check">
          <input type="checkbox" checked={keepNotes} aria-describedby="anonymous-notes-warning" onChange={(e) => setKeepNotes(e.currentTarget.checked)} />
          <span>{t('workshop.anonymousKeepNotes')}</span>
        </label>
        <p class={keepNotes ? 'notice' : 'hint'} id="anonymous-notes-warning">
          {t('workshop.anonymousNotesWarning')}
        </p>
        <label class="check">
          <input type="checkbox" checked={keepWho} aria-describedby="anonymous-who-warning" onChange={(e) => setKeepWho(e.currentTarget.checked)} />
          <span>{t('workshop.anonymousKeepWho')}</span>
        </label>
        <p class={keepWho ? 'notice' : 'hint'} id="anonymous-who-warning">
          {t('workshop.anonymousWhoWarning')}
        </p>
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
