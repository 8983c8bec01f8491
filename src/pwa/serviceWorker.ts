import { signal, type ReadonlySignal } from '@preact/signals-core';
import { Workbox } from 'workbox-window';
import { flushWrites } from '../storage/statusRepo';

const waiting = signal<(() => Promise<void>) | null>(null);

/** Set when a new version is waiting: calling it stores everything, switches and reloads. */
export const updateWaiting: ReadonlySignal<(() => Promise<void>) | null> = waiting;

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
    wb.addEventListener('waiting', () => {
      waiting.value = async () => {
        await flushWrites();
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      };
    });
    wb.register().catch(() => undefined); // no worker (e.g. a private window): the app still runs online
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
