import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesFromReply, isShareLanding, takeSharedFiles, withoutShareMark } from '../../src/pwa/sharedFiles';

const SCOPE = 'https://app.test/';
const script = readFileSync(new URL('../../public/share-target.js', import.meta.url), 'utf8');

type Listener = (event: unknown) => void;
type Reply = { type: string; files: File[] };

/**
 * Runs public/share-target.js, the very file the service worker imports, in a sandbox with a fake
 * worker scope, and returns what it listens to.
 */
function worker(options?: { keepMs: number }) {
  const listeners = new Map<string, Listener>();
  const scope = { registration: { scope: SCOPE }, addEventListener: (type: string, listener: Listener) => listeners.set(type, listener) };
  const sandbox = { Response, URL, setTimeout, clearTimeout };
  runInNewContext(script, sandbox); // no `self`: the file only defines installShareTarget
  (sandbox as unknown as { installShareTarget: (s: typeof scope, o?: { keepMs: number }) => void }).installShareTarget(scope, options);

  /** A fetch event; resolves with what the worker answered (or undefined: not handled). */
  const fetch = (request: Request) => {
    let response: Promise<Response> | undefined;
    let kept: Promise<unknown> | undefined;
    listeners.get('fetch')?.({ request, respondWith: (r: Promise<Response>) => (response = r), waitUntil: (p: Promise<unknown>) => (kept = p) });
    return { response, kept };
  };
  /** The page's message with a port of its own; resolves with the worker's answer. */
  const ask = () =>
    new Promise<Reply>((resolve) => {
      listeners.get('message')?.({ data: { type: 'bondgenoten:take-shared-files' }, ports: [{ postMessage: resolve }] });
    });
  return { listeners, fetch, ask };
}

function share(files: File[], extra?: (form: FormData) => void) {
  const form = new FormData();
  for (const file of files) form.append('files', file);
  extra?.(form);
  return new Request(`${SCOPE}share-target`, { method: 'POST', body: form });
}

const json = (name: string, text = '{"format":"x"}') => new File([text], name, { type: 'application/json' });
const settled = async (p: Promise<unknown> | undefined) => Promise.race([p?.then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 20))]);

afterEach(() => vi.unstubAllGlobals());

describe('share target in the service worker (public/share-target.js)', () => {
  it('answers a multipart share with a 303 to the import, holds the files until the page takes them, then forgets them', async () => {
    const sw = worker();
    const { response, kept } = sw.fetch(share([json('gemeente.json'), json('welzijn.json', '{"b":2}')], (f) => f.append('files', 'just text')));
    const answer = await response;
    expect(answer?.status).toBe(303);
    expect(answer?.headers.get('location')).toBe(`${SCOPE}?gedeeld#/importeren`);
    expect(await settled(kept)).toBe('pending'); // the worker stays alive for the hand-over

    const reply = await sw.ask();
    expect(reply.type).toBe('bondgenoten:shared-files');
    expect(reply.files.map((f) => f.name)).toEqual(['gemeente.json', 'welzijn.json']); // text values are not files
    expect(await reply.files[1]?.text()).toBe('{"b":2}');
    expect(await settled(kept)).toBe('settled');

    expect((await sw.ask()).files).toEqual([]); // no copy kept
  });

  it('two shares before the page asks: both arrive', async () => {
    const sw = worker();
    await sw.fetch(share([json('a.json')])).response;
    await sw.fetch(share([json('b.json')])).response;
    expect((await sw.ask()).files.map((f) => f.name)).toEqual(['a.json', 'b.json']);
  });

  it('drops the files when no page asks for them in time', async () => {
    const sw = worker({ keepMs: 60 });
    const { response, kept } = sw.fetch(share([json('a.json')]));
    await response;
    expect(await settled(kept)).toBe('pending');
    await new Promise((r) => setTimeout(r, 60));
    expect(await settled(kept)).toBe('settled');
    expect((await sw.ask()).files).toEqual([]);
  });

  it('a share that is not multipart still lands on the import, without files', async () => {
    const sw = worker();
    const request = new Request(`${SCOPE}share-target`, { method: 'POST', body: 'x=1', headers: { 'content-type': 'text/plain' } });
    const answer = await sw.fetch(request).response;
    expect(answer?.status).toBe(303);
    expect((await sw.ask()).files).toEqual([]);
  });

  it('leaves every other request to workbox', () => {
    const sw = worker();
    expect(sw.fetch(new Request(`${SCOPE}share-target`)).response).toBeUndefined(); // GET
    expect(sw.fetch(new Request(`${SCOPE}other`, { method: 'POST', body: new FormData() })).response).toBeUndefined();
    expect(sw.fetch(new Request(`https://elders.test/share-target`, { method: 'POST', body: new FormData() })).response).toBeUndefined();
    expect(sw.fetch(new Request(`${SCOPE}`)).response).toBeUndefined();
  });

  it('ignores messages that are not its own (workbox has SKIP_WAITING)', () => {
    const sw = worker();
    const postMessage = vi.fn();
    sw.listeners.get('message')?.({ data: { type: 'SKIP_WAITING' }, ports: [{ postMessage }] });
    sw.listeners.get('message')?.({ data: null, ports: [] });
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('answers through the client itself when the page sends no port', async () => {
    const sw = worker();
    await sw.fetch(share([json('a.json')])).response;
    const postMessage = vi.fn();
    sw.listeners.get('message')?.({ data: { type: 'bondgenoten:take-shared-files' }, ports: [], source: { postMessage } });
    expect((postMessage.mock.calls[0]?.[0] as Reply).files.map((f) => f.name)).toEqual(['a.json']);
  });
});

/** A MessageChannel that hands messages over as they are (Node's would turn a File into a Blob; browsers keep File). */
class DirectChannel {
  port1 = { onmessage: null as ((e: { data: unknown }) => void) | null, close: vi.fn() };
  port2 = { postMessage: (data: unknown) => queueMicrotask(() => this.port1.onmessage?.({ data })) };
}

describe('the page takes the shared files (src/pwa/sharedFiles.ts)', () => {
  it('asks the controlling worker and gets the files of the share, once', async () => {
    vi.stubGlobal('MessageChannel', DirectChannel);
    const sw = worker();
    await sw.fetch(share([json('gemeente.json'), new File([new Uint8Array([137, 80, 78, 71])], 'diagram.png', { type: 'image/png' })])).response;
    const controller = {
      postMessage: (data: unknown, ports: unknown[]) => sw.listeners.get('message')?.({ data, ports }),
    } as unknown as ServiceWorker;
    const container = { controller, ready: new Promise<ServiceWorkerRegistration>(() => undefined) };
    const files = await takeSharedFiles(container);
    expect(files.map((f) => `${f.name} ${f.type}`)).toEqual(['gemeente.json application/json', 'diagram.png image/png']);
    expect(await takeSharedFiles(container)).toEqual([]);
  });

  it('no worker, or no answer in time: no files, and no hang', async () => {
    vi.stubGlobal('MessageChannel', DirectChannel);
    expect(await takeSharedFiles({ controller: null, ready: new Promise(() => undefined) }, 10)).toEqual([]);
    const silent = { postMessage: () => undefined } as unknown as ServiceWorker;
    expect(await takeSharedFiles({ controller: silent, ready: new Promise(() => undefined) }, 10)).toEqual([]);
    const registration = { active: silent } as unknown as ServiceWorkerRegistration;
    expect(await takeSharedFiles({ controller: null, ready: Promise.resolve(registration) }, 10)).toEqual([]);
  });

  it('keeps only files from the answer', () => {
    const a = json('a.json');
    expect(filesFromReply({ type: 'bondgenoten:shared-files', files: [a, 'text', { name: 'x' }, null] })).toEqual([a]);
    expect(filesFromReply({ type: 'other', files: [a] })).toEqual([]);
    expect(filesFromReply({ type: 'bondgenoten:shared-files', files: 'a' })).toEqual([]);
    expect(filesFromReply(null)).toEqual([]);
    expect(filesFromReply('x')).toEqual([]);
  });

  it('tells a share landing by ?gedeeld and takes the mark out of the address', () => {
    expect(isShareLanding('https://app.test/?gedeeld#/importeren')).toBe(true);
    expect(isShareLanding('https://app.test/sub/?gedeeld=#/importeren')).toBe(true);
    expect(isShareLanding('https://app.test/#/importeren?gedeeld')).toBe(false);
    expect(isShareLanding('https://app.test/#/')).toBe(false);
    expect(withoutShareMark('https://app.test/?gedeeld#/importeren')).toBe('https://app.test/#/importeren');
    expect(withoutShareMark('https://app.test/sub/?a=1&gedeeld#/importeren')).toBe('https://app.test/sub/?a=1#/importeren');
  });
});
