import { signal } from '@preact/signals';

const painted = signal(false);

/** Becomes true once the page has loaded and painted its first screen (two frames after `load`). */
export const firstPaintDone = painted;

if (typeof window !== 'undefined') {
  const mark = () => requestAnimationFrame(() => requestAnimationFrame(() => (painted.value = true)));
  if (document.readyState === 'complete') mark();
  else addEventListener('load', mark, { once: true });
}
