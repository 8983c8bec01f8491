import { useEffect } from 'preact/hooks';
import { useBank } from '../app/BankContext';
import { hrefFor } from '../app/route';
import { useAnswerSaver } from './useAnswerSaver';
import { AreaSteps } from './AreaSteps';
import { KenmerkSection } from './KenmerkSection';
import { SaveStatus } from './SaveStatus';
import { useFocusHeading } from '../components/useFocusHeading';
import { LinkedText } from '../components/LinkedText';
import { saveAreaIndex } from '../../storage/analysesRepo';
import { areaProgress, totalProgress } from '../../core/scoring/progress';
import { useT } from '../../i18n/useT';
import type { Analysis } from '../../core/analysis';

/** One area of the questionnaire: its hoofdvraag, its kenmerken and their statements, and the way on. */
export function AreaForm({ initial, area }: { initial: Analysis; area: number }) {
  const { t, lang } = useT();
  const bank = useBank();
  const { analysis, answers, answer, status } = useAnswerSaver(initial);
  const index = Math.max(0, Math.min(area, bank.areas.length - 1));
  const current = bank.areas[index];
  const heading = useFocusHeading(index);
  useEffect(() => {
    saveAreaIndex(analysis.id, index).catch(() => undefined); // resume point only; answers are saved apart
  }, [analysis.id, index]);
  if (!current) return null;

  const perArea = areaProgress(bank, answers);
  const total = totalProgress(bank, answers);
  const isLast = index === bank.areas.length - 1;

  return (
    <section aria-labelledby="area-title" class="questionnaire">
      <p class="context">{analysis.name}</p>
      <AreaSteps areas={bank.areas} progress={perArea} current={index} analysisId={analysis.id} />
      <div class="overall-progress">
        <label for="progress-total">{t('questions.progressTotal', { answered: total.answered, total: total.total })}</label>
        <progress id="progress-total" max={total.total} value={total.answered} />
      </div>
      <h1 id="area-title" tabIndex={-1} ref={heading}>
        {t('questions.areaOf', { n: index + 1, count: bank.areas.length })} {current.label[lang]}
      </h1>
      <p class="lead">
        <LinkedText text={current.question[lang]} />
      </p>
      <p class="hint">{t('questions.instruction')}</p>
      {current.kenmerken.map((kenmerk) => (
        <KenmerkSection
          key={kenmerk.id}
          kenmerk={kenmerk}
          role={analysis.party.role}
          answers={answers}
          onAnswer={(statementId, value) => void answer(statementId, value)}
        />
      ))}
      <SaveStatus status={status} />
      <nav class="step-nav" aria-label={t('questions.stepNav')}>
        {index > 0 && (
          <a class="button" href={hrefFor({ screen: 'questions', id: analysis.id, area: index - 1 })}>
            {t('questions.previous')}
          </a>
        )}
        {isLast ? (
          <a class="button primary" href={hrefFor({ screen: 'results', id: analysis.id })}>
            {t('questions.toResults')}
          </a>
        ) : (
          <a class="button primary" href={hrefFor({ screen: 'questions', id: analysis.id, area: index + 1 })}>
            {t('questions.next')}
          </a>
        )}
      </nav>
    </section>
  );
}
