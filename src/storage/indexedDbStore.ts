import { getDb, openedDb } from './db';
import { writeInWorker, WriterGoneError } from './writerClient';
import { unwrap } from 'idb';
import type { RecordStore, StoreName, Value } from './recordStore';

/** Records sent to the database at a time by writeMany (a slice takes the page ~10 ms to send). */
const WRITE_SLICE = 250;

/** When a record returned by an update was committed (page clock), where the writer worker stored it. */
const commitTimes = new WeakMap<object, number>();

/** The moment (performance.now() scale) an updated record was committed, when known. */
export function commitTime(record: object): number | undefined {
  return commitTimes.get(record);
}

/** The records of one object store in IndexedDB. */
export function indexedDbStore<N extends StoreName>(name: N): RecordStore<Value<N>> {
  /**
   * Per record, as JSON: what this page last read or wrote (or is writing); the base for a pipelined
   * next change. Records are JSON-like, and a structured clone keeps their key order.
   */
  const lastSeen = new Map<string, string>();
  const seen = (id: string, record: Value<N> | undefined) => (record ? lastSeen.set(id, JSON.stringify(record)) : lastSeen.delete(id));
  return {
    kind: 'indexeddb',
    all: async () => (await getDb()).getAll(name),
    get: async (id) => {
      const record = await (await getDb()).get(name, id);
      seen(id, record);
      return record;
    },
    add: async (record) => {
      await (await getDb()).add(name, record);
      seen(record.id, record);
    },
    async update(id, change) {
      const known = lastSeen.get(id);
      if (known !== undefined) {
        // The usual case: the worker stores the change, provided the record is still as this page
        // last saw it; its commit does not wait behind the page drawing the answer just given.
        const guess = change(JSON.parse(known) as Value<N>);
        const written = writeInWorker(name, id, known, guess);
        if (written) {
          seen(id, guess); // a next change of this record builds on this one
          try {
            const { outcome, committedAt } = await written;
            if (outcome === 'written') {
              commitTimes.set(guess, committedAt);
              return guess;
            }
          } catch (error) {
            lastSeen.delete(id);
            if (!(error instanceof WriterGoneError)) throw error;
          }
        }
      }
      // Otherwise (changed elsewhere, first write, no worker) the page reads, changes and writes in
      // one transaction with no other await inside: a change made meanwhile in another tab is read,
      // not overwritten. 'relaxed': committed once the OS has the data (survives closing the tab or
      // a browser crash, not a power cut in the next moment); it keeps an answer's save short.
      const tx = (openedDb() ?? (await getDb())).transaction(name, 'readwrite', { durability: 'relaxed' });
      const current = await tx.store.get(id);
      if (!current) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error('record not found');
      }
      const next = change(current);
      tx.store.put(next).catch(() => undefined); // its failure is reported by tx.done
      try {
        await tx.done; // a full disk shows up here, as an aborted transaction
      } catch (error) {
        lastSeen.delete(id);
        throw error;
      }
      seen(id, next);
      return next;
    },
    delete: async (id) => {
      lastSeen.delete(id);
      await (await getDb()).delete(name, id);
    },
    async writeMany(adds, puts, onProgress) {
      const tx = unwrap(await getDb()).transaction(name, 'readwrite', { durability: 'relaxed' }); // plain IndexedDB: no promise per request
      for (const p of puts) lastSeen.delete(p.id);
      const writes = [...adds.map((r) => [r, true] as const), ...puts.map((r) => [r, false] as const)];
      await new Promise<void>((resolve, reject) => {
        const objects = tx.objectStore(name);
        let sent = 0;
        // Requests go out a slice at a time, the next slice as the first of the previous one is
        // done: the database always has work queued, and the page can draw (and take input)
        // between slices. All slices belong to one transaction: a failure undoes every write.
        const sendSlice = () => {
          try {
            const end = Math.min(sent + WRITE_SLICE, writes.length);
            let first: IDBRequest | undefined;
            let last: IDBRequest | undefined;
            for (; sent < end; sent += 1) {
              const [record, isNew] = writes[sent]!;
              last = isNew ? objects.add(record) : objects.put(record);
              first ??= last;
            }
            const upTo = sent;
            if (last && onProgress) last.onsuccess = () => onProgress(upTo, writes.length);
            if (first && sent < writes.length) first.onsuccess = sendSlice;
          } catch (error) {
            reject(error); // e.g. a record that cannot be stored: nothing is kept
            try {
              tx.abort();
            } catch {
              /* the transaction had ended already: nothing was kept */
            }
          }
        };
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
        sendSlice();
      });
    },
  };
}
