import { hrefFor } from '../app/route';
import { useT } from '../../i18n/useT';
import type { Area } from '../../core/bank/types';
import type { Progress } from '../../core/scoring/progress';

interface Props {
  areas: Area[];
  progress: Progress[];
  current: number;
  analysisId: string;
}

/** The four areas as steps, each with how many of its statements are answered. */
export function AreaSteps({ areas, progress, current, analysisId }: Props) {
  const { t, lang } = useT();
  return (
    <nav aria-label={t('questions.areas')}>
      <ol class="area-steps">
        {areas.map((area, i) => {
          const p = progress[i] ?? { answered: 0, total: 0 };
          return (
            <li key={area.id} class="area-step" style={{ "--area-color": area.color }}>
              <a
                href={hrefFor({ screen: 'questions', id: analysisId, area: i })}
                aria-current={i === current ? 'step' : undefined}
              >
                <span class="step-label">{area.label[lang]}</span>
                <span class="step-count">{t('questions.stepCount', { answered: p.answered, total: p.total })}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
