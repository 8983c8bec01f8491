import { UserText } from '../components/UserText';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useBank } from '../shell/content';
import { hrefFor } from '../shell/route';
import { ScreenFrame } from '../shell/ScreenFrame';
import { createAnswerStore } from './answerStore';
import { AreaSteps } from './AreaSteps';
import { KenmerkSection } from './KenmerkSection';
import { SaveStatus } from './SaveStatus';
import { LinkedText } from '../components/LinkedText';
import { QuestionnaireSize } from '../components/QuestionnaireSize';
import { saveResumePoint } from '../../storage/analysesRepo';
import { firstOpenStatement } from '../../core/scoring/progress';
import { onOtherTabChange } from '../../storage/statusRepo';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** One area of the questionnaire: its hoofdvraag, its kenmerken and their statements, and the way on. */
export function AreaForm({ initial, area }: { initial: Analysis; area: number }) {
  const { t, lang } = useT();
  const bank = useBank();
  const store = useMemo(() => createAnswerStore(initial), [initial.id]);
  const index = Math.max(0, Math.min(area, bank.areas.length - 1));
  const current = bank.areas[index];

  // Where to start in this area, decided once per arrival (answering does not move the page).
  const arrival = useRef<{ area: number; statement: string | null }>({ area: -1, statement: null });
  if (arrival.current.area !== index && current) {
    const answers = store.answers.value;
    const some = current.kenmerken.some((k) => k.statements.some((s) => Object.hasOwn(answers, s.id)));
    arrival.current = { area: index, statement: some ? firstOpenStatement(current, answers) : null };
  }
  useEffect(() => {
    const id = arrival.current.statement;
    if (!id) return;
    const group = document.getElementById(`st-${id}`);
    group?.scrollIntoView({ block: 'center' });
    group?.focus({ preventScroll: true });
  }, [index]);
  useEffect(() => {
    const stop = onOtherTabChange((ids) => ids.has(initial.id) && void store.refresh());
    return () => {
      stop();
      store.dispose();
    };
  }, [store]);
  useEffect(() => {
    // The resume point (and, for the list, when the last answer was given) is saved on arriving
    // in an area and on leaving it or the page; the answers themselves are saved one by one.
    const save = () => void saveResumePoint(initial.id, index, store.lastAnswerAt()).catch(() => undefined);
    save();
    const onHide = () => document.visibilityState === 'hidden' && save();
    document.addEventListener('visibilitychange', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      save();
    };
  }, [initial.id, index]);
  if (!current) return null;

  const isLast = index === bank.areas.length - 1;
  // Back in an area that is partly answered: start at its first open statement, not at the top.
  const resumeAt = arrival.current.statement;

  return (
    <ScreenFrame
      id="area-title"
      class="questionnaire"
      focusKey={index}
      focus={!resumeAt}
      context={<UserText>{initial.name}</UserText>}
      title={
        <>
          {t('questions.areaOf', { n: index + 1, count: bank.areas.length })} {current.label[lang]}
        </>
      }
    >
      <AreaSteps store={store} current={index} analysisId={initial.id} />
      <p class="lead">
        <LinkedText text={current.question[lang]} />
      </p>
      {index === 0 && <QuestionnaireSize />}
      <p class="hint">{t('questions.instruction')}</p>
      {current.kenmerken.map((kenmerk) => (
        <KenmerkSection key={kenmerk.id} kenmerk={kenmerk} role={initial.party.role} store={store} />
      ))}
      <SaveStatus store={store} />
      <nav class="step-nav" aria-label={t('questions.stepNav')}>
        {index > 0 && (
          <a class="button" href={hrefFor({ screen: 'questions', id: initial.id, area: index - 1 })}>
            {t('questions.previous')}
          </a>
        )}
        {isLast ? (
          <a class="button primary" href={hrefFor({ screen: 'results', id: initial.id })}>
            {t('questions.toResults')}
          </a>
        ) : (
          <a class="button primary" href={hrefFor({ screen: 'questions', id: initial.id, area: index + 1 })}>
            {t('questions.next')}
          </a>
        )}
      </nav>
    </ScreenFrame>
  );
}
