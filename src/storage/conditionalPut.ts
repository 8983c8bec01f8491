/** How a conditional write ended: stored, or not stored because the record was not what was expected. */
export type ConditionalOutcome = 'written' | 'changed';

/**
 * Stores `next` under `key` in one transaction, but only when the stored record is still the one
 * the caller saw (`expectedJson`, its JSON). The read and the write are sent together, so the
 * write does not wait for the read's answer; a record changed meanwhile (another tab) makes the
 * transaction abort, and nothing is written. Rejects with the browser's error otherwise (a full
 * disk is an aborted transaction with a QuotaExceededError).
 */
export function conditionalPut(db: IDBDatabase, store: string, key: string, expectedJson: string, next: unknown): Promise<ConditionalOutcome> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
    let changed = false;
    let failure: unknown = null;
    tx.oncomplete = () => resolve('written');
    tx.onabort = () => (changed ? resolve('changed') : reject(failure ?? tx.error ?? new DOMException('The transaction was aborted.', 'AbortError')));
    try {
      const objects = tx.objectStore(store);
      const read = objects.get(key);
      objects.put(next);
      read.onsuccess = () => {
        if (JSON.stringify(read.result) === expectedJson) return tx.commit();
        changed = true;
        tx.abort();
      };
    } catch (error) {
      failure = error;
      tx.abort();
    }
  });
}
