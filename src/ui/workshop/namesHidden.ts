import { useEffect, useState } from 'preact/hooks';

/** Whether party names are hidden (roles only) in the workshop and presentation: one switch for both. */
let hidden = false;
const listeners = new Set<(value: boolean) => void>();

/** Hides or shows party names everywhere in the workshop. */
export function setNamesHidden(value: boolean): void {
  hidden = value;
  listeners.forEach((l) => l(value));
}

/** The current setting, following changes. */
export function useNamesHidden(): boolean {
  const [value, setValue] = useState(hidden);
  useEffect(() => {
    listeners.add(setValue);
    return () => void listeners.delete(setValue);
  }, []);
  return value;
}
