import { ScreenFrame } from '../shell/ScreenFrame';
import { useT } from '../../i18n/useT';

const SECTIONS = ['same', 'scale', 'mean', 'gaps', 'witteVlek', 'unknown', 'areas', 'parties', 'noRanking', 'versions', 'repeat', 'privacy'] as const;

/** "Over de scores": the scale, the mean, gaps, witte vlekken, several parties, no ranking, and why. */
export function AboutScoresPage() {
  const { t } = useT();
  return (
    <ScreenFrame id="about-title" title={t('about.title')} element="article" class="text-page">
      <p class="lead">{t('about.intro')}</p>
      {SECTIONS.map((key) => (
        <section key={key} aria-labelledby={`about-${key}`}>
          <h2 id={`about-${key}`}>{t(`about.${key}Title`)}</h2>
          {t(`about.${key}`)
            .split('\n\n')
            .map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
        </section>
      ))}
    </ScreenFrame>
  );
}
