import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

interface Props {
  /** The heading's id (tests and skip links find it). */
  id: string;
  title: ComponentChildren;
  /** A line above the heading: which analysis or werkplaats this is. */
  context?: ComponentChildren;
  class?: string;
  /** When this changes, focus moves to the heading again (e.g. the next area). */
  focusKey?: unknown;
  /** False when something inside the screen takes focus itself (e.g. a glossary entry asked for). */
  focus?: boolean;
  /** `article` for a page of text. */
  element?: 'section' | 'article';
  children: ComponentChildren;
}

/**
 * A screen: its heading, which gets focus when the screen appears (so keyboard and screen-reader
 * users start at the top of the new content, scrolled to the top), and its content.
 */
export function ScreenFrame({ id, title, context, class: className, focusKey, focus = true, element: Element = 'section', children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    // A new screen (or the next area, or slide) starts at its top, never at the last one's scroll position.
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [focusKey]);
  return (
    <Element aria-labelledby={id} class={className}>
      {context && <p class="context">{context}</p>}
      <h1 id={id} tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </Element>
  );
}
