/*
 * Share target of the installed app (manifest `share_target` in vite.config.ts), loaded into the
 * generated service worker with workbox's `importScripts` (same origin, precached with the app).
 *
 * Android's share sheet (or any platform that offers it) POSTs the shared files as
 * multipart/form-data to ./share-target. This worker answers that request itself, also offline:
 * it reads the files, keeps them in memory only (never in Cache Storage or IndexedDB), and
 * redirects (303) to ./?gedeeld#/importeren. That page asks for them with a message
 * ({ type: 'bondgenoten:take-shared-files' } and a MessagePort), gets them once, and the worker
 * forgets them at that moment (or after KEEP_MS when no page asks). Nothing is sent anywhere.
 * The page side is src/pwa/sharedFiles.ts.
 *
 * A classic script (importScripts runs no modules): `installShareTarget` is a global of the
 * worker; tests/ui/shareTarget.test.ts runs this very file in a sandbox and calls it.
 */
/* global self, Response, URL, setTimeout, clearTimeout */

/**
 * Installs the share-target handlers on a service worker scope.
 * @param {{ registration: { scope: string }, addEventListener: Function }} scope
 * @param {{ keepMs?: number }} [options]
 */
function installShareTarget(scope, options) {
  'use strict';
  const KEEP_MS = (options && options.keepMs) || 5 * 60 * 1000;
  const TAKE = 'bondgenoten:take-shared-files';
  const GIVE = 'bondgenoten:shared-files';
  const FIELD = 'files';

  /** The files shared and not yet taken, with what to do once they are taken or dropped. */
  let pending = [];
  let done = null;
  let timer = null;

  const forget = () => {
    const finish = done;
    pending = [];
    done = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (finish) finish();
  };

  const isShare = (request) => {
    if (request.method !== 'POST') return false;
    const url = new URL(request.url);
    const target = new URL('share-target', scope.registration.scope);
    return url.origin === target.origin && url.pathname === target.pathname;
  };

  /** Reads the shared files (only File values of the `files` field: never text), then redirects. */
  const receive = async (request) => {
    let files = [];
    try {
      const form = await request.formData();
      files = form.getAll(FIELD).filter((value) => typeof value !== 'string');
    } catch {
      files = []; // not multipart, or cut off: the import screen opens without files
    }
    pending = pending.concat(files);
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(forget, KEEP_MS);
    return Response.redirect(new URL('./?gedeeld#/importeren', scope.registration.scope).href, 303);
  };

  scope.addEventListener('fetch', (event) => {
    if (!isShare(event.request)) return;
    // The worker stays alive until the page has taken the files (or they are dropped).
    const kept = new Promise((resolve) => {
      const before = done;
      done = () => {
        if (before) before();
        resolve();
      };
    });
    event.waitUntil(kept);
    event.respondWith(receive(event.request));
  });

  scope.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== TAKE) return;
    const files = pending;
    const reply = { type: GIVE, files };
    const port = event.ports && event.ports[0];
    if (port) port.postMessage(reply);
    else if (event.source) event.source.postMessage(reply);
    forget();
  });
}

if (typeof self !== 'undefined' && self.registration && typeof self.addEventListener === 'function') {
  installShareTarget(self);
}
