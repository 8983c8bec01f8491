import type { RecordStore } from './recordStore';

/** A store that lives as long as the page: used only when IndexedDB cannot be opened. */
export function memoryStore<T extends { id: string }>(): RecordStore<T> {
  const records = new Map<string, T>();
  const copy = (r: T): T => structuredClone(r);
  return {
    kind: 'memory',
    all: async () => [...records.values()].map(copy).sort((a, b) => (a.id < b.id ? -1 : 1)),
    get: async (id) => {
      const found = records.get(id);
      return found && copy(found);
    },
    add: async (record) => {
      if (records.has(record.id)) throw new Error('record exists');
      records.set(record.id, copy(record));
    },
    update: async (id, change) => {
      const current = records.get(id);
      if (!current) throw new Error('record not found');
      const next = change(copy(current));
      records.set(id, copy(next));
      return next;
    },
    delete: async (id) => {
      records.delete(id);
    },
    writeMany: async (adds, puts, onProgress) => {
      if (adds.some((a) => records.has(a.id))) throw new Error('record exists');
      for (const r of [...adds, ...puts]) records.set(r.id, copy(r));
      onProgress?.(adds.length + puts.length, adds.length + puts.length);
    },
  };
}
