/// <reference lib="webworker" />
/*
 * The writer worker: stores a change off the page's main thread, so that a save commits while
 * the page is still drawing the answer just given. It only writes when the stored record is
 * still what the page saw (conditionalPut); otherwise the page does the write itself.
 */
import { handleWriterRequest } from './writerHandler';
import type { WriterRequest } from './writerMessages';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<WriterRequest>) => self.postMessage(await handleWriterRequest(data));
