/**
 * The File Handling API (manifest `file_handlers`): an installed app opened with files gets them
 * through `window.launchQueue`. Typed minimally here; TypeScript's DOM library does not have it yet.
 * https://wicg.github.io/manifest-incubations/#launchqueue-interface
 */
interface LaunchParams {
  readonly targetURL?: string;
  readonly files: readonly FileSystemHandle[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => unknown): void;
}

interface Window {
  readonly launchQueue?: LaunchQueue;
}
