/**
 * The page side of the share target (manifest `share_target`; the worker side is
 * public/share-target.js, imported into the service worker). A share lands on `./?gedeeld#/importeren`;
 * the page then asks the worker, over a MessagePort of its own, for the files it holds in memory.
 * The worker hands them over once and forgets them.
 */

/** The query parameter the worker's redirect carries: "this page was opened by a share". */
export const SHARE_MARK = 'gedeeld';
const TAKE = 'bondgenoten:take-shared-files';
const GIVE = 'bondgenoten:shared-files';

/** Whether this address is the landing of a share (`?gedeeld`). */
export function isShareLanding(href: string): boolean {
  return new URL(href).searchParams.has(SHARE_MARK);
}

/** The same address without the share mark (so a reload does not ask again). */
export function withoutShareMark(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(SHARE_MARK);
  return url.href;
}

/** The files in the worker's answer; anything else in it is ignored. */
export function filesFromReply(data: unknown): File[] {
  if (typeof data !== 'object' || data === null) return [];
  const reply = data as { type?: unknown; files?: unknown };
  if (reply.type !== GIVE || !Array.isArray(reply.files)) return [];
  return reply.files.filter((f): f is File => f instanceof Blob && typeof (f as Partial<File>).name === 'string');
}

type Container = Pick<ServiceWorkerContainer, 'controller' | 'ready'>;

/** Resolves with `value`, or with `fallback` when it takes longer than `ms`. */
function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

/**
 * Asks the service worker for the files shared into the app. Resolves with none when there is no
 * worker, it holds none, or it does not answer within `timeoutMs`.
 */
export async function takeSharedFiles(container: Container, timeoutMs = 10_000): Promise<File[]> {
  const worker = container.controller ?? (await within(container.ready, timeoutMs, null))?.active ?? null;
  if (!worker) return [];
  const channel = new MessageChannel();
  const answer = new Promise<File[]>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<unknown>) => resolve(filesFromReply(event.data));
  });
  worker.postMessage({ type: TAKE }, [channel.port2]);
  const files = await within(answer, timeoutMs, []);
  channel.port1.close();
  return files;
}
