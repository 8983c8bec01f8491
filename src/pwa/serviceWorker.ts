import { Workbox } from 'workbox-window';
import { flushWrites } from '../storage/writeTracker';

type Listener = (apply: () => Promise<void>) => void;
let updateListener: Listener | null = null;
let pendingApply: (() => Promise<void>) | null = null;

/** Calls `listener` when a new version is waiting; `apply` stores everything, switches and reloads. */
export function onUpdateWaiting(listener: Listener): () => void {
  updateListener = listener;
  if (pendingApply) listener(pendingApply);
  return () => {
    updateListener = null;
  };
}

/**
 * Registers the service worker (production builds only). A new version never takes over by
 * itself: it waits, the user is asked, and only on "yes" do we wait for every write, tell the
 * worker to skip waiting, and reload once it controls the page (the address, so the screen, stays).
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('./sw.js', { scope: './' });
  const announce = () => {
    pendingApply = async () => {
      await flushWrites();
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    };
    updateListener?.(pendingApply);
  };
  wb.addEventListener('waiting', announce);
  wb.register().catch(() => undefined); // no worker (e.g. a private window): the app still runs online
}
