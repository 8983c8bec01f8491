import type { ConditionalOutcome } from './conditionalPut';
import type { WriterReply, WriterRequest } from './writerMessages';

/** A write done by the writer worker: its outcome and when it committed (on this page's clock). */
export interface WorkerWrite {
  outcome: ConditionalOutcome;
  committedAt: number;
}

/** Thrown when the worker is not there (any more); the page then writes itself. */
export class WriterGoneError extends Error {}

let worker: Worker | null | undefined;
let seq = 0;
const waiting = new Map<number, { resolve: (w: WorkerWrite) => void; reject: (e: unknown) => void }>();

function giveUp(): void {
  worker?.terminate();
  worker = null;
  for (const { reject } of waiting.values()) reject(new WriterGoneError('writer worker unavailable'));
  waiting.clear();
}

/** Stops the writer worker; the next startWriter() starts a new one (tests). */
export function stopWriter(): void {
  giveUp();
  worker = undefined;
}

/** Starts the writer worker (once) where the browser has workers; without one, every write stays on the page. */
export function startWriter(): void {
  if (worker !== undefined) return;
  if (typeof Worker === 'undefined') {
    worker = null;
    return;
  }
  try {
    worker = new Worker(new URL('./writer.worker.ts', import.meta.url), { type: 'module', name: 'bondgenoten-writer' });
  } catch {
    worker = null;
    return;
  }
  worker.onerror = giveUp;
  worker.onmessageerror = giveUp;
  worker.onmessage = ({ data }: MessageEvent<WriterReply>) => {
    const pending = waiting.get(data.seq);
    if (!pending) return;
    waiting.delete(data.seq);
    if ('error' in data) pending.reject(new DOMException(data.error.message, data.error.name));
    else pending.resolve({ outcome: data.outcome, committedAt: data.committedAt - performance.timeOrigin });
  };
}

/**
 * Asks the worker to store `next` if the record is still `expected` (JSON). Null when there is
 * no worker: the caller writes itself. Rejects with WriterGoneError when the worker fails.
 */
export function writeInWorker(store: string, key: string, expected: string, next: unknown): Promise<WorkerWrite> | null {
  if (!worker) return null;
  const request: WriterRequest = { seq: (seq += 1), store, key, expected, next };
  const own = worker;
  return new Promise((resolve, reject) => {
    waiting.set(request.seq, { resolve, reject });
    try {
      own.postMessage(request);
    } catch (error) {
      waiting.delete(request.seq);
      reject(error); // e.g. a value that cannot be cloned: a real error, not a missing worker
    }
  });
}
