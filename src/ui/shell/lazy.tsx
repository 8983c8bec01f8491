import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType } from 'preact';
import { ScreenProblem } from './ScreenProblem';
import { StatusMessage } from '../components/StatusMessage';
import { useT } from '../../i18n/useT';

/**
 * A component whose code is loaded the first time it is rendered (its own chunk, precached for
 * offline use). Until then it shows `fallback` (default: "Laden…"). When the code cannot be
 * loaded (e.g. another tab took an update and the old files are gone) it says so and offers to
 * reload; the next render tries again. `part`: a piece of a screen (e.g. the diagram), not a whole screen.
 */
export function lazy<P extends object>(load: () => Promise<ComponentType<P>>, { part = false } = {}) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P & { fallback?: ComponentChildren }) {
    const { t } = useT();
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load().then((c) => (loaded = c));
      pending.then(
        () => live && setState('ready'),
        () => {
          pending = null;
          if (live) setState('failed');
        },
      );
      return () => {
        live = false;
      };
    }, []);
    const { fallback, ...rest } = props;
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...(rest as P)} />;
    }
    if (state === 'failed') return <ScreenProblem kind="chunk" part={part} />;
    return <>{fallback ?? <StatusMessage>{t('app.loading')}</StatusMessage>}</>;
  };
}
