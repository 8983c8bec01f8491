import { signal } from '@preact/signals';

/** Files handed to the app outside the import screen's picker (dropped anywhere), waiting for the import screen. */
export const incomingFiles = signal<File[]>([]);

/** Takes (and clears) the waiting files. */
export function takeIncomingFiles(): File[] {
  const files = incomingFiles.peek();
  if (files.length > 0) incomingFiles.value = [];
  return files;
}
