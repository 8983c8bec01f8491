import { signal } from '@preact/signals';
import { navigate } from './route';

/**
 * Files handed to the app outside the import screen's picker (dropped anywhere, opened with the
 * installed app, shared into it), waiting for the import screen.
 */
export const incomingFiles = signal<File[]>([]);

/** Takes (and clears) the waiting files. */
export function takeIncomingFiles(): File[] {
  const files = incomingFiles.peek();
  if (files.length > 0) incomingFiles.value = [];
  return files;
}

/** Hands files to the import: they wait beside any not yet taken, and the import screen opens. */
export function receiveFiles(files: readonly File[]): void {
  if (files.length === 0) return;
  incomingFiles.value = [...incomingFiles.peek(), ...files];
  if (location.hash !== '#/importeren') navigate({ screen: 'import' });
}
