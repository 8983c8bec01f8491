import { useEffect, useRef } from 'preact/hooks';

/** What the keys of the presentation do. */
export interface KeyActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  toggleParty: (index: number) => void;
  toggleNames: () => void;
  reveal: () => void;
  help: () => void;
  addAction: () => void;
  statements: () => void;
  guidance: () => void;
  fullscreen: () => void;
  escape: () => void;
}

/**
 * The presentation's keyboard: ←/→ (and PageUp/PageDown, Space) step, Home/End jump, 1–9 and 0
 * toggle parties 1–10, N hides names, R reveals parties one by one, A records an action, ? shows
 * the keys, S shows the statements and answers, H the questions and advice, F full screen, Esc closes
 * what is open or leaves. Keys typed into a form field stay there (but Esc); keys on a focused
 * button (Enter, Space) stay with the button.
 */
export function usePresentationKeys(actions: KeyActions): void {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = latest.current;
      const target = e.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
      if (e.key === 'Escape') {
        e.preventDefault();
        a.escape();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      if ((e.key === ' ' || e.key === 'Enter') && target?.tagName === 'BUTTON') return;
      const handlers: Record<string, () => void> = {
        ArrowRight: a.next,
        PageDown: a.next,
        ' ': a.next,
        ArrowLeft: a.previous,
        PageUp: a.previous,
        Home: a.first,
        End: a.last,
        n: a.toggleNames,
        N: a.toggleNames,
        r: a.reveal,
        R: a.reveal,
        a: a.addAction,
        A: a.addAction,
        '?': a.help,
        s: a.statements,
        S: a.statements,
        h: a.guidance,
        H: a.guidance,
        f: a.fullscreen,
        F: a.fullscreen,
      };
      const handler = handlers[e.key];
      if (handler) {
        e.preventDefault();
        handler();
      } else if (/^[0-9]$/.test(e.key)) {
        e.preventDefault();
        a.toggleParty(e.key === '0' ? 9 : Number(e.key) - 1);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}
