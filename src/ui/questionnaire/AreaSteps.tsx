import { hrefFor } from '../shell/route';
import { useBank } from '../shell/content';
import { areaProgress, totalProgress } from '../../core/scoring/progress';
import { useT } from '../../i18n/useT';
import type { AnswerStore } from './answerStore';

interface Props {
  store: AnswerStore;
  current: number;
  analysisId: string;
}

/** The four areas as steps, each with how many of its statements are answered, and the overall progress. */
export function AreaSteps({ store, current, analysisId }: Props) {
  const { t, lang } = useT();
  const bank = useBank();
  const answers = store.answers.value;
  const progress = areaProgress(bank, answers);
  const total = totalProgress(bank, answers);
  return (
    <>
      <nav aria-label={t('questions.areas')}>
        <ol class="area-steps">
          {bank.areas.map((area, i) => {
            const p = progress[i] ?? { answered: 0, total: 0 };
            return (
              <li key={area.id} class="area-step" style={{ '--area-color': area.color }}>
                <a href={hrefFor({ screen: 'questions', id: analysisId, area: i })} aria-current={i === current ? 'step' : undefined}>
                  <span class="step-label">{area.label[lang]}</span>
                  <span class="step-count">{t('questions.stepCount', { answered: p.answered, total: p.total })}</span>
                </a>
              </li>
            );
          })}
        </ol>
      </nav>
      <div class="overall-progress">
        <label for="progress-total">{t('questions.progressTotal', { answered: total.answered, total: total.total })}</label>
        <progress id="progress-total" max={total.total} value={total.answered} />
      </div>
    </>
  );
}
