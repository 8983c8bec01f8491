import { signal, type ReadonlySignal } from '@preact/signals-core';
import { Workbox } from 'workbox-window';
import { flushWrites } from '../storage/statusRepo';

const waiting = signal<(() => Promise<void>) | null>(null);
let workbox: Workbox | null = null;

/** Set when a new version is waiting: calling it stores everything, switches and reloads. */
export const updateWaiting: ReadonlySignal<(() => Promise<void>) | null> = waiting;

/** Lets the waiting version take over, and reloads once it controls the page. */
function takeOver(wb: Workbox): void {
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}

/**
 * Registers the service worker (production builds only), after the page has loaded so that its
 * precaching does not compete with the first screen. A new version never takes over by itself:
 * it waits, the user is asked, and only on "yes" do we wait for every write, tell the worker to
 * skip waiting, and reload once it controls the page (the address, so the screen, stays).
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const register = () => {
    const wb = new Workbox('./sw.js', { scope: './' });
    workbox = wb;
    wb.addEventListener('waiting', () => {
      waiting.value = async () => {
        await flushWrites();
        takeOver(wb);
      };
    });
    wb.register().catch(() => undefined); // no worker (e.g. a private window): the app still runs online
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

/**
 * Reloads into the newest version of the app: when another tab opened a newer version (its
 * database is newer than this page's code), a plain reload could bring back this old version from
 * the cache. So first ask for the new service worker, let it take over, then reload.
 */
export async function reloadIntoNewest(): Promise<void> {
  await flushWrites();
  const wb = workbox;
  if (wb) {
    const registration = await wb.update().then(() => navigator.serviceWorker.getRegistration(), () => undefined);
    if (registration?.waiting || registration?.installing) {
      setTimeout(() => location.reload(), 5000); // the new version did not take over: reload anyway
      if (registration.waiting) takeOver(wb);
      else wb.addEventListener('waiting', () => takeOver(wb));
      return;
    }
  }
  location.reload();
}
