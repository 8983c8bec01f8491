import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { incomingFiles, receiveFiles, takeIncomingFiles } from '../../src/ui/shell/incomingFiles';
import { filesFromLaunch, receiveFilesFromOutside } from '../../src/ui/shell/launchFiles';

const json = (name: string, text = '{}') => new File([text], name, { type: 'application/json' });
const fileHandle = (file: File) => ({ kind: 'file', name: file.name, getFile: async () => file }) as unknown as FileSystemHandle;
const launch = (...files: FileSystemHandle[]): LaunchParams => ({ files });

/** A stand-in for the page's location and history (the tests run in Node). */
function stubPage(href = 'https://app.test/#/') {
  const location = { href, hash: new URL(href).hash };
  const replaceState = vi.fn((_state: unknown, _title: string, url: string) => {
    location.href = url;
    location.hash = new URL(url).hash;
  });
  vi.stubGlobal('location', location);
  vi.stubGlobal('history', { state: null, replaceState });
  return { location, replaceState };
}

beforeEach(() => {
  takeIncomingFiles();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('files opened with the installed app (launchQueue)', () => {
  it('turns file handles into files, leaving out directories and handles that cannot be read', async () => {
    const a = json('a.json');
    const b = new File([new Uint8Array([137, 80, 78, 71])], 'b.png', { type: 'image/png' });
    const directory = { kind: 'directory', name: 'map' } as unknown as FileSystemHandle;
    const unreadable = { kind: 'file', name: 'weg.json', getFile: () => Promise.reject(new DOMException('gone', 'NotFoundError')) } as unknown as FileSystemHandle;
    expect(await filesFromLaunch(launch(fileHandle(a), directory, unreadable, fileHandle(b)))).toEqual([a, b]);
    expect(await filesFromLaunch(launch())).toEqual([]);
  });

  it('the launch consumer hands several files at once to the import and opens the import screen', async () => {
    const { location } = stubPage('https://app.test/#/');
    const a = json('gemeente.json');
    const b = json('welzijn.json');
    let consumer: ((params: LaunchParams) => unknown) | undefined;
    vi.stubGlobal('window', { launchQueue: { setConsumer: (c: (params: LaunchParams) => unknown) => (consumer = c) } });
    receiveFilesFromOutside();
    expect(consumer).toBeTypeOf('function');
    await consumer?.(launch(fileHandle(a), fileHandle(b)));
    expect(incomingFiles.value).toEqual([a, b]);
    expect(location.hash).toBe('#/importeren');
  });

  it('a launch without files (a plain start) changes nothing', async () => {
    const { location } = stubPage('https://app.test/#/nieuw');
    let consumer: ((params: LaunchParams) => unknown) | undefined;
    vi.stubGlobal('window', { launchQueue: { setConsumer: (c: (params: LaunchParams) => unknown) => (consumer = c) } });
    receiveFilesFromOutside();
    await consumer?.(launch());
    expect(incomingFiles.value).toEqual([]);
    expect(location.hash).toBe('#/nieuw');
  });

  it('without launchQueue (other browsers, not installed) nothing happens', () => {
    const { replaceState } = stubPage('https://app.test/#/');
    vi.stubGlobal('window', {});
    expect(() => receiveFilesFromOutside()).not.toThrow();
    expect(replaceState).not.toHaveBeenCalled();
    expect(incomingFiles.value).toEqual([]);
  });
});

describe('receiveFiles', () => {
  it('adds to files not yet taken and opens the import screen once', () => {
    const { location } = stubPage('https://app.test/#/analyse/an-x/resultaten');
    const a = json('a.json');
    const b = json('b.json');
    receiveFiles([a]);
    expect(location.hash).toBe('#/importeren');
    receiveFiles([b]);
    expect(takeIncomingFiles()).toEqual([a, b]);
    expect(incomingFiles.value).toEqual([]);
  });

  it('no files: stays where it is', () => {
    const { location } = stubPage('https://app.test/#/nieuw');
    receiveFiles([]);
    expect(location.hash).toBe('#/nieuw');
    expect(incomingFiles.value).toEqual([]);
  });
});
