import { UserText } from '../components/UserText';
import { useState } from 'preact/hooks';
import { useComputed, type Signal } from '@preact/signals';
import { useBank } from '../shell/content';
import { hrefFor } from '../shell/route';
import { firstOpenArea, totalProgress } from '../../core/scoring/progress';
import { useT } from '../../i18n/useT';
import { changedSinceExport, lastSavedInFile, nameIsBlank, type Analysis } from '../../core/analysis';

interface Props {
  analysis: Analysis;
  /** When everything on this device was last backed up (ISO), or null. */
  lastBackup: string | null;
  /** The chosen analyses; the row re-renders only when its own choice changes. */
  selected: Signal<ReadonlySet<string>>;
  onSelect: (id: string, on: boolean) => void;
  onRename: (id: string, name: string) => Promise<void>;
  onDelete: (analysis: Analysis) => void;
}

/** One analysis in the list: name, party, progress, last change, and its actions. */
export function AnalysisListItem({ analysis, lastBackup, selected, onSelect, onRename, onDelete }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(analysis.name);
  const [blank, setBlank] = useState(false);
  const chosen = useComputed(() => selected.value.has(analysis.id));
  const progress = totalProgress(bank, analysis.answers);
  const done = firstOpenArea(bank, analysis.answers) === -1;
  // "Verder invullen" goes to the area of the first open statement (the questionnaire then starts at that statement).
  const open = firstOpenArea(bank, analysis.answers);
  const resumeArea = open >= 0 ? open : Math.min(analysis.areaIndex, bank.areas.length - 1);
  const updated = new Date(analysis.updatedAt).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const nameId = `name-${analysis.id}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (nameIsBlank(name)) {
      // Nothing is changed: the message beside the field says why.
      setBlank(true);
      document.getElementById(nameId)?.focus();
      return;
    }
    await onRename(analysis.id, name);
    setEditing(false);
  };

  return (
    <li class="analysis-item">
      {editing ? (
        <form class="rename-form" onSubmit={(e) => void submit(e)}>
          <label for={nameId}>{t('start.renameLabel')}</label>
          <input
            id={nameId}
            value={name}
            maxLength={120}
            required
            aria-invalid={blank}
            aria-describedby={blank ? `${nameId}-error` : undefined}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setBlank(false);
            }}
          />
          <button type="submit">{t('common.save')}</button>
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setBlank(false);
              setName(analysis.name);
            }}
          >
            {t('common.cancel')}
          </button>
          {blank && (
            <p class="field-error" id={`${nameId}-error`}>
              {t('common.nameBlank')}
            </p>
          )}
        </form>
      ) : (
        <div class="item-head">
          <input
            type="checkbox"
            id={`select-${analysis.id}`}
            checked={chosen.value}
            aria-label={t('start.selectLabel', { name: analysis.name })}
            onChange={(e) => onSelect(analysis.id, e.currentTarget.checked)}
          />
          <h3 class="analysis-name">
            <UserText>{analysis.name}</UserText>
          </h3>
        </div>
      )}
      <p class="meta">
        {t(`roles.${analysis.party.role}`)}
        {analysis.party.level ? ` · ${t(`levels.${analysis.party.level}`)}` : ''}
        {' · '}
        {t('start.progress', { answered: progress.answered, total: progress.total })}
        {' · '}
        {t('start.updated', { date: updated })}
        {analysis.importedAt ? ` · ${t('start.imported')}` : ''}
      </p>
      <p class={`export-state ${changedSinceExport(analysis, lastBackup) ? 'needs-export' : 'exported'}`}>
        {!lastSavedInFile(analysis, lastBackup)
          ? t('start.neverExported')
          : changedSinceExport(analysis, lastBackup)
            ? t('start.changedSinceExport')
            : t('start.exported')}
      </p>
      <div class="actions">
        <a
          class="button primary"
          href={hrefFor({ screen: 'questions', id: analysis.id, area: resumeArea })}
          aria-label={`${done ? t('start.review') : t('start.resume')}: ${analysis.name}`}
        >
          {done ? t('start.review') : t('start.resume')}
        </a>
        <a class="button" href={hrefFor({ screen: 'results', id: analysis.id })} aria-label={`${t('start.results')}: ${analysis.name}`}>
          {t('start.results')}
        </a>
        {!editing && (
          <button type="button" onClick={() => setEditing(true)} aria-label={`${t('start.rename')}: ${analysis.name}`}>
            {t('start.rename')}
          </button>
        )}
        <button type="button" class="danger" onClick={() => onDelete(analysis)} aria-label={`${t('start.delete')}: ${analysis.name}`}>
          {t('start.delete')}
        </button>
      </div>
    </li>
  );
}
