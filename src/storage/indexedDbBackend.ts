import { unwrap, type IDBPTransaction } from 'idb';
import { answersOf, getDb, openedDb, type BondgenotenDB } from './db';
import { byAnalysis, toAnalysis, type AnswerRecord } from './records';
import { MissingRecordError, type Backend, type ImportBatch } from './backend';

/** 'relaxed': committed once the OS has the data (survives closing the tab or a browser crash). */
const RELAXED = { durability: 'relaxed' } as const;

/** Stores a whole import in one transaction with plain IndexedDB requests (no promise per record). */
async function storeImport({ adds, replaces, workshops }: ImportBatch, onProgress?: (stored: number, total: number) => void): Promise<void> {
  const tx = unwrap(await getDb()).transaction(['analyses', 'answers', 'workshops'], 'readwrite', RELAXED);
  const total = adds.length + replaces.length + workshops.length;
  let stored = 0;
  const step = Math.max(1, Math.floor(total / 50));
  const counted = (request: IDBRequest) => {
    request.onsuccess = () => {
      stored += 1;
      if (stored % step === 0 || stored === total) onProgress?.(stored, total);
    };
  };
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The import was not stored.', 'AbortError'));
    try {
      const analyses = tx.objectStore('analyses');
      const answers = tx.objectStore('answers');
      // A new result starts without answers given here (none can be left from an earlier one with its id).
      const added = new Set(adds.map((r) => r.id));
      const keys = answers.getAllKeys();
      keys.onsuccess = () => keys.result.forEach((key) => Array.isArray(key) && added.has(String(key[0])) && answers.delete(key));
      for (const record of adds) counted(analyses.add(record));
      for (const record of replaces) {
        answers.delete(answersOf(record.id));
        counted(analyses.put(record));
      }
      for (const workshop of workshops) counted(tx.objectStore('workshops').add(workshop));
    } catch (error) {
      tx.abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

type ListTx = IDBPTransaction<BondgenotenDB, ('analyses' | 'answers')[], 'readwrite'>;

/**
 * Brings each analysis record's `updatedAt` up to the latest answer given on this device, so that
 * the by-updated index orders and counts by the last change of any kind: an answer is written on
 * its own (one put), so its record lags behind until a list or count reads it. Returns the answers
 * grouped by analysis (read once for the whole list).
 */
async function freshenUpdated(tx: ListTx): Promise<Map<string, AnswerRecord[]>> {
  const groups = byAnalysis(await tx.objectStore('answers').getAll());
  const analyses = tx.objectStore('analyses');
  await Promise.all(
    [...groups].map(async ([id, answers]) => {
      const latest = answers.reduce((at, a) => (a.at > at ? a.at : at), '');
      const record = await analyses.get(id);
      if (record && record.updatedAt < latest) await analyses.put({ ...record, updatedAt: latest });
    }),
  );
  return groups;
}

/** The records in IndexedDB (db.ts owns the schema). */
export const indexedDbBackend: Backend = {
  kind: 'indexeddb',
  async getAnalysis(id) {
    const tx = (await getDb()).transaction(['analyses', 'answers']);
    const [record, answers] = await Promise.all([tx.objectStore('analyses').get(id), tx.objectStore('answers').getAll(answersOf(id))]);
    return record && toAnalysis(record, answers);
  },
  async getAnalyses(ids) {
    const tx = (await getDb()).transaction(['analyses', 'answers']);
    const found = await Promise.all(
      ids.map(async (id) => {
        const [record, answers] = await Promise.all([tx.objectStore('analyses').get(id), tx.objectStore('answers').getAll(answersOf(id))]);
        return record && toAnalysis(record, answers);
      }),
    );
    return found.filter((a) => a !== undefined);
  },
  async pageOfAnalyses(offset, limit) {
    const tx = (await getDb()).transaction(['analyses', 'answers'], 'readwrite', RELAXED);
    const groups = await freshenUpdated(tx);
    const index = tx.objectStore('analyses').index('by-updated');
    const total = await index.count();
    const records = [];
    let cursor = await index.openCursor(null, 'prev');
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor && records.length < limit) {
      records.push(cursor.value);
      cursor = await cursor.continue();
    }
    return { total, items: records.map((r) => toAnalysis(r, groups.get(r.id) ?? [])) };
  },
  async earliestChangeAfter(after) {
    const tx = (await getDb()).transaction(['analyses', 'answers'], 'readwrite', RELAXED);
    await freshenUpdated(tx);
    // The index is ordered by updatedAt: its first record after `after` is the earliest.
    const first = await tx.objectStore('analyses').index('by-updated').get(after === null ? IDBKeyRange.lowerBound('') : IDBKeyRange.lowerBound(after, true));
    return first?.updatedAt ?? null;
  },
  async markExported(ids, at) {
    const tx = (await getDb()).transaction('analyses', 'readwrite', RELAXED);
    await Promise.all(
      ids.map(async (id) => {
        const record = await tx.store.get(id);
        if (record) await tx.store.put({ ...record, exportedAt: at });
      }),
    );
    await tx.done;
  },
  async allAnalyses() {
    const tx = (await getDb()).transaction(['analyses', 'answers']);
    const [records, answers] = await Promise.all([tx.objectStore('analyses').getAll(), tx.objectStore('answers').getAll()]);
    const groups = byAnalysis(answers);
    return records.map((r) => toAnalysis(r, groups.get(r.id) ?? []));
  },
  async addAnalysis(record) {
    await (await getDb()).add('analyses', record);
  },
  async putAnswer(answer) {
    // With the connection open, the transaction starts in the task of the click, before any rendering.
    const tx = (openedDb() ?? (await getDb())).transaction('answers', 'readwrite', RELAXED);
    tx.store.put(answer).catch(() => undefined); // its failure (a full disk) is reported by tx.done
    await tx.done;
  },
  async putAnswerUnlessNewer(answer) {
    const tx = (await getDb()).transaction('answers', 'readwrite', RELAXED);
    const stored = await tx.store.get([answer.analysisId, answer.statementId]);
    if (!stored || stored.at < answer.at) tx.store.put(answer).catch(() => undefined);
    await tx.done;
  },
  async updateAnalysis(id, change) {
    // Read and write in one transaction with no other await inside: a change made meanwhile in
    // another tab is read, not overwritten.
    const tx = (await getDb()).transaction(['analyses', 'answers'], 'readwrite', RELAXED);
    const [record, answers] = await Promise.all([tx.objectStore('analyses').get(id), tx.objectStore('answers').getAll(answersOf(id))]);
    if (!record) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new MissingRecordError(id);
    }
    const next = change(record);
    tx.objectStore('analyses').put(next).catch(() => undefined);
    await tx.done;
    return toAnalysis(next, answers);
  },
  async deleteAnalysis(id) {
    const tx = (await getDb()).transaction(['analyses', 'answers'], 'readwrite', RELAXED);
    tx.objectStore('answers').delete(answersOf(id)).catch(() => undefined);
    tx.objectStore('analyses').delete(id).catch(() => undefined);
    await tx.done;
  },
  storeImport,
  async getWorkshop(id) {
    return (await getDb()).get('workshops', id);
  },
  async allWorkshops() {
    return (await getDb()).getAll('workshops');
  },
  async addWorkshop(workshop) {
    await (await getDb()).add('workshops', workshop);
  },
  async updateWorkshop(id, change) {
    const tx = (await getDb()).transaction('workshops', 'readwrite', RELAXED);
    const current = await tx.store.get(id);
    if (!current) {
      tx.abort();
      await tx.done.catch(() => undefined);
      throw new MissingRecordError(id);
    }
    const next = change(current);
    tx.store.put(next).catch(() => undefined);
    await tx.done;
    return next;
  },
  async deleteWorkshop(id) {
    await (await getDb()).delete('workshops', id);
  },
};
