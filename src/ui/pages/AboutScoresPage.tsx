import { useFocusHeading } from '../components/useFocusHeading';
import { useT } from '../../i18n/useT';

const SECTIONS = ['scale', 'mean', 'gaps', 'witteVlek', 'unknown', 'areas', 'parties', 'noRanking', 'repeat', 'privacy'] as const;

/** "Over de scores": the scale, the mean, gaps, witte vlekken, several parties, no ranking, and why. */
export function AboutScoresPage() {
  const { t } = useT();
  const heading = useFocusHeading();
  return (
    <article aria-labelledby="about-title" class="text-page">
      <h1 id="about-title" tabIndex={-1} ref={heading}>
        {t('about.title')}
      </h1>
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
    </article>
  );
}
