import { conditionalPut } from './conditionalPut';
import { DB_NAME, DB_VERSION } from './dbName';
import type { WriterReply, WriterRequest } from './writerMessages';

let connection: Promise<IDBDatabase> | null = null;

/** Opens the database at the app's version; never creates or upgrades it (that is the page's job, db.ts). */
function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close(); // a newer version of the app upgrades: step aside
        connection = null;
      };
      db.onclose = () => (connection = null);
      resolve(db);
    };
    request.onerror = () => reject(request.error ?? new DOMException('The database could not be opened.', 'UnknownError'));
  });
}

/** Does one write the page asked for; the reply carries the moment of commit, or the error. */
export async function handleWriterRequest(data: WriterRequest): Promise<WriterReply> {
  try {
    connection ??= open();
    const db = await connection.catch((error: unknown) => {
      connection = null;
      throw error;
    });
    const outcome = await conditionalPut(db, data.store, data.key, data.expected, data.next);
    return { seq: data.seq, outcome, committedAt: performance.timeOrigin + performance.now() };
  } catch (error) {
    const { name, message } = error instanceof Error || error instanceof DOMException ? error : new Error(String(error));
    return { seq: data.seq, error: { name, message } };
  }
}

/** Closes the worker's connection (tests). */
export async function closeWriterConnection(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open.catch(() => null))?.close();
}
