import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to a screen's heading when the screen appears (after a route change), so that
 * keyboard and screen-reader users start at the top of the new content. `key` re-triggers it.
 */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key?: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
