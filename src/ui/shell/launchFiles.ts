import { receiveFiles } from './incomingFiles';
import { isShareLanding, takeSharedFiles, withoutShareMark } from '../../pwa/sharedFiles';

/** The files of a launch (directories and handles that cannot be read are left out). */
export async function filesFromLaunch(params: LaunchParams): Promise<File[]> {
  const files = await Promise.all(
    params.files.map(async (handle) => {
      if (handle.kind !== 'file') return null;
      try {
        return await (handle as FileSystemFileHandle).getFile();
      } catch {
        return null;
      }
    }),
  );
  return files.filter((file): file is File => file !== null);
}

/**
 * Files that reach the app from outside it go to the import, with the same checks, summary and
 * conflict choices as the picker:
 * - opened with the installed app (manifest `file_handlers`): `window.launchQueue` hands them over;
 * - shared into it (manifest `share_target`): the service worker holds them in memory and this page,
 *   opened on `./?gedeeld#/importeren`, asks for them (src/pwa/sharedFiles.ts).
 */
export function receiveFilesFromOutside(): void {
  window.launchQueue?.setConsumer((params) => filesFromLaunch(params).then(receiveFiles));
  if (!isShareLanding(location.href)) return;
  history.replaceState(history.state, '', withoutShareMark(location.href));
  if ('serviceWorker' in navigator) void takeSharedFiles(navigator.serviceWorker).then(receiveFiles);
}
