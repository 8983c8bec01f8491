/** Files dropped anywhere on the app, waiting for the import screen to take them. */
let pending: File[] = [];

/** Hands dropped files to the import screen. */
export function setPendingFiles(files: File[]): void {
  pending = files;
}

/** Takes (and clears) the dropped files. */
export function takePendingFiles(): File[] {
  const files = pending;
  pending = [];
  return files;
}
