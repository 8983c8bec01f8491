import { isolate, UserText } from '../components/UserText';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { describeDifference } from '../../core/compare/describeDifference';
import { useT } from '../../i18n/useT';
import type { Conflict, ConflictChoice } from '../../import/types';

interface Props {
  conflicts: Conflict[];
  choices: ReadonlyMap<string, ConflictChoice>;
  onChange: (choices: Map<string, ConflictChoice>) => void;
  /** Called only when every conflict has a choice. */
  onConfirm: () => void;
}

const groupId = (resultId: string) => `conflict-${resultId}`;

/**
 * For each result that is here with other content: what differs (answers, which version is newer,
 * notes, actions), then keep the version on this device, take the one in the file, or keep both.
 * Nothing is chosen in advance: the import finishes only when every result has a choice, and the
 * button says how many are still open.
 */
export function ConflictChoices({ conflicts, choices, onChange, onConfirm }: Props) {
  const { t, lang } = useT();
  const date = (iso: string) => new Date(iso).toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const open = conflicts.filter(({ incoming }) => !choices.has(incoming.id));
  const confirm = () => {
    const first = open[0];
    if (!first) {
      onConfirm();
      return;
    }
    // Bring the first result without a choice into view, with focus on its group.
    const group = document.getElementById(groupId(first.incoming.id));
    group?.scrollIntoView({ block: 'center' });
    group?.focus({ preventScroll: true });
  };
  return (
    <section aria-labelledby="conflicts-title" class="conflicts">
      <h2 id="conflicts-title">{t('import.conflictsTitle')}</h2>
      <p>{t('import.conflictsIntro')}</p>
      {conflicts.map(({ local, incoming }) => {
        const d = describeDifference(local, incoming);
        const dates = { mine: date(local.updatedAt), theirs: date(incoming.updatedAt) };
        const newer = (side: 'local' | 'incoming') => (d.newer === side ? ` ${t('import.difference.newerMark')}` : '');
        const lines = [
          d.newer === 'local'
            ? t('import.difference.newerLocal', dates)
            : d.newer === 'incoming'
              ? t('import.difference.newerIncoming', dates)
              : t('import.difference.newerSame', dates),
          d.answersDiffer > 0 ? t('import.difference.answers', { count: d.answersDiffer }) : t('import.difference.answersSame'),
          d.answered.local !== d.answered.incoming && t('import.difference.answered', d.answered),
          d.notesDiffer && t('import.difference.notes'),
          d.actionsDiffer && t('import.difference.actions'),
          d.detailsDiffer && t('import.difference.details'),
          !d.notesDiffer && !d.actionsDiffer && t('import.difference.notesActionsSame'),
        ].filter((line): line is string => Boolean(line));
        return (
          <div key={incoming.id} class="conflict" data-result={incoming.id}>
            <h3>
              <UserText>{local.name}</UserText>
            </h3>
            <ul class="conflict-differences">
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <ChoiceGroup
              id={groupId(incoming.id)}
              name={`conflict-choice-${incoming.id}`}
              legend={t('import.conflictQuestion', { name: isolate(local.name) })}
              options={[
                { value: 'mine', label: t('import.choice.mine') + newer('local') },
                { value: 'theirs', label: t('import.choice.theirs') + newer('incoming') },
                { value: 'both', label: t('import.choice.both') },
              ]}
              value={choices.get(incoming.id)}
              onChange={(v) => onChange(new Map(choices).set(incoming.id, v as ConflictChoice))}
            />
          </div>
        );
      })}
      <button type="button" class="primary" aria-disabled={open.length > 0 ? 'true' : undefined} onClick={confirm}>
        {open.length > 0 ? t('import.finishMissing', { count: open.length }) : t('import.finish')}
      </button>
    </section>
  );
}
