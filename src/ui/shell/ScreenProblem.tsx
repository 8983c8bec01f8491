import { useEffect, useRef } from 'preact/hooks';
import { flushWrites } from '../../storage/statusRepo';
import { useT } from '../../i18n/useT';

/**
 * What the user sees when a screen cannot be shown: its code did not load (an update taken in
 * another tab, or no connection), or it failed to render. Always with a way on.
 */
export function ScreenProblem({ kind, part = false }: { kind: 'chunk' | 'render'; part?: boolean }) {
  const { t } = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!part) heading.current?.focus();
  }, []);
  const reload = async () => {
    await flushWrites();
    location.reload();
  };
  if (part) {
    return (
      <p class="status status-error" role="alert">
        {t(`problem.${kind}.title`)}.{' '}
        <button type="button" onClick={() => void reload()}>
          {t('problem.reload')}
        </button>
      </p>
    );
  }
  return (
    <section class="screen-problem" aria-labelledby="problem-title" role="alert">
      <h1 id="problem-title" tabIndex={-1} ref={heading}>
        {t(`problem.${kind}.title`)}
      </h1>
      <p>{t(`problem.${kind}.body`)}</p>
      <p class="actions">
        <button type="button" class="primary" onClick={() => void reload()}>
          {t('problem.reload')}
        </button>
        <a class="button" href="#/">
          {t('problem.home')}
        </a>
      </p>
    </section>
  );
}
