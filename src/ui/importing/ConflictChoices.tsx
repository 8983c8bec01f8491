import { isolate } from '../components/UserText';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { useT } from '../../i18n/useT';
import type { Conflict, ConflictChoice } from '../../import/types';

interface Props {
  conflicts: Conflict[];
  choices: ReadonlyMap<string, ConflictChoice>;
  onChange: (choices: Map<string, ConflictChoice>) => void;
  onConfirm: () => void;
}

/** For each result that is here with other content: keep mine, take theirs, or keep both. */
export function ConflictChoices({ conflicts, choices, onChange, onConfirm }: Props) {
  const { t, lang } = useT();
  const date = (iso: string) => new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="conflicts-title" class="conflicts">
      <h2 id="conflicts-title">{t('import.conflictsTitle')}</h2>
      <p>{t('import.conflictsIntro')}</p>
      {conflicts.map(({ local, incoming }) => (
        <ChoiceGroup
          key={incoming.id}
          name={`conflict-${incoming.id}`}
          legend={t('import.conflictLegend', { name: isolate(local.name), mine: date(local.updatedAt), theirs: date(incoming.updatedAt) })}
          options={(['mine', 'theirs', 'both'] as const).map((c) => ({ value: c, label: t(`import.choice.${c}`) }))}
          value={choices.get(incoming.id) ?? 'mine'}
          onChange={(v) => onChange(new Map(choices).set(incoming.id, v as ConflictChoice))}
        />
      ))}
      <button type="button" class="primary" onClick={onConfirm}>
        {t('import.finish')}
      </button>
    </section>
  );
}
