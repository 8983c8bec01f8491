import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren, ComponentType } from 'preact';

/**
 * A component whose code is loaded the first time it is rendered (its own chunk, precached for
 * offline use). Shows `fallback` until then. Smaller than preact/compat's lazy + Suspense.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P & { fallback?: ComponentChildren }) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      pending ??= load().then((c) => (loaded = c));
      pending.then((c) => live && setComponent(() => c), () => undefined);
      return () => {
        live = false;
      };
    }, []);
    const { fallback = null, ...rest } = props;
    return Component ? <Component {...(rest as P)} /> : <>{fallback}</>;
  };
}
