import { UserText } from '../components/UserText';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { hrefFor } from '../shell/route';
import { ScreenFrame } from '../shell/ScreenFrame';
import { scoreAnalysis } from '../../core/scoring/scoreAnalysis';
import { formatScore } from '../../core/format';
import { statusKey } from '../components/statusText';
import { NoteField } from './NoteField';
import { ActionForm } from './ActionForm';
import { ActionTable } from '../actions/ActionTable';
import { deleteAction, saveAction, saveNote } from '../../storage/analysesRepo';
import { useT } from '../../i18n/useT';
import type { Action, Analysis } from '../../core/analysis';

interface Props {
  analysis: Analysis;
  onChange: (a: Analysis) => void;
  /** Open at this kenmerk: its section scrolled into view, focus on its heading (instead of the top). */
  kenmerkId?: string | undefined;
}

/** The werkplan: all agreed actions in one table, then per kenmerk its note and actions (printable on A4). */
export function WerkplanView({ analysis, onChange, kenmerkId }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const [failed, setFailed] = useState(false);
  const scores = useMemo(() => new Map(scoreAnalysis(bank, analysis.answers).kenmerken.map((k) => [k.kenmerkId, k])), [bank, analysis.answers]);
  /** Stores a change; resolves true when it is stored. */
  const run = (write: Promise<Analysis>): Promise<boolean> =>
    write.then(
      (next) => {
        setFailed(false);
        onChange(next);
        return true;
      },
      () => {
        setFailed(true);
        return false;
      },
    );
  // A kenmerk this bank does not have opens the werkplan at its top, as without one.
  const target = kenmerkId !== undefined && bank.areas.some((a) => a.kenmerken.some((k) => k.id === kenmerkId)) ? kenmerkId : undefined;
  useEffect(() => {
    if (target === undefined) return;
    const heading = document.getElementById(`wpk-${target}`);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }, [target]);
  const labels = new Map(bank.areas.flatMap((a) => a.kenmerken.map((k) => [k.id, k.label[lang]] as const)));

  const hasNote = (kenmerkId: string) => Boolean(analysis.notes[kenmerkId]?.trim());
  return (
    <ScreenFrame id="werkplan-title" class="werkplan" focus={target === undefined} focusKey={target} context={<UserText>{analysis.name}</UserText>} title={t('werkplan.title')}>
      <p class="lead">{t('werkplan.intro')}</p>
      <p class="privacy-warning no-print" role="note">
        {t('werkplan.privacy')}
      </p>
      {failed && (
        <p class="status status-error" role="alert">
          {t('errors.storageWrite')}
        </p>
      )}
      <p class="actions no-print">
        <button type="button" onClick={() => print()}>
          {t('werkplan.print')}
        </button>
        <a class="button" href={hrefFor({ screen: 'results', id: analysis.id })}>
          {t('werkplan.toResults')}
        </a>
      </p>
      <ActionTable actions={analysis.actions} labels={labels} onDelete={(a: Action) => void run(deleteAction(analysis.id, a.id))} />
      {bank.areas.map((area) => (
        // On paper only what was written: a kenmerk without a note, and an area without any, is left out.
        <section key={area.id} class={`werkplan-area${area.kenmerken.some((k) => hasNote(k.id)) ? '' : ' is-empty'}`} aria-labelledby={`wp-${area.id}`}>
          <h2 id={`wp-${area.id}`}>{area.label[lang]}</h2>
          {area.kenmerken.map((kenmerk) => {
            const score = scores.get(kenmerk.id);
            return (
              <section key={kenmerk.id} class={`werkplan-kenmerk${hasNote(kenmerk.id) ? '' : ' is-empty'}`} data-kenmerk={kenmerk.id} aria-labelledby={`wpk-${kenmerk.id}`}>
                <h3 id={`wpk-${kenmerk.id}`} tabIndex={-1}>
                  {kenmerk.label[lang]}
                </h3>
                <p class="meta">
                  {formatScore(score?.score ?? null, lang) ?? t('results.noScore')} · {score ? t(statusKey(score.status)) : ''}
                </p>
                <NoteField
                  kenmerk={kenmerk}
                  value={analysis.notes[kenmerk.id] ?? ''}
                  onSave={(text) => run(saveNote(analysis.id, kenmerk.id, text)).then(() => undefined)}
                />
                <ActionForm kenmerk={kenmerk} onAdd={(action) => run(saveAction(analysis.id, action))} />
              </section>
            );
          })}
        </section>
      ))}
    </ScreenFrame>
  );
}
