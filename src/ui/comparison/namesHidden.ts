import { signal } from '@preact/signals';

/** Whether party names are hidden (roles only) in the werkplaats and its presentation: one switch for both. */
export const namesHidden = signal(false);
