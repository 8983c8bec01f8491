import { toAnalysis, type AnalysisRecord, type AnswerRecord } from './records';
import { MissingRecordError, type Backend } from './backend';
import type { Workshop } from '../core/workshop';

const copy = <T>(value: T): T => structuredClone(value);

/** Records kept in memory for this visit only: where the browser gives no IndexedDB. */
export function memoryBackend(): Backend {
  const analyses = new Map<string, AnalysisRecord>();
  const answers = new Map<string, Map<string, AnswerRecord>>();
  const workshops = new Map<string, Workshop>();
  const answersOf = (id: string) => [...(answers.get(id)?.values() ?? [])];
  const merged = (record: AnalysisRecord) => copy(toAnalysis(record, answersOf(record.id)));
  const change = <T>(map: Map<string, T>, id: string, fn: (current: T) => T): T => {
    const current = map.get(id);
    if (!current) throw new MissingRecordError(id);
    const next = fn(copy(current));
    map.set(id, copy(next));
    return next;
  };
  const add = <T extends { id: string }>(map: Map<string, T>, record: T) => {
    if (map.has(record.id)) throw new DOMException('Key already exists in the object store.', 'ConstraintError');
    map.set(record.id, copy(record));
  };
  const putAnswer = (answer: AnswerRecord) => {
    const mine = answers.get(answer.analysisId) ?? new Map<string, AnswerRecord>();
    mine.set(answer.statementId, copy(answer));
    answers.set(answer.analysisId, mine);
  };
  return {
    kind: 'memory',
    getAnalysis: async (id) => {
      const record = analyses.get(id);
      return record && merged(record);
    },
    getAnalyses: async (ids) => ids.flatMap((id) => {
      const record = analyses.get(id);
      return record ? [merged(record)] : [];
    }),
    allAnalyses: async () => [...analyses.values()].map(merged),
    // Ordered and counted by the last change of any kind, answers included (as in IndexedDB).
    pageOfAnalyses: async (offset, limit) => {
      const sorted = [...analyses.values()].map(merged).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return { total: sorted.length, items: sorted.slice(offset, offset + limit) };
    },
    earliestChangeAfter: async (after) =>
      [...analyses.values()]
        .map((a) => merged(a).updatedAt)
        .filter((at) => after === null || at > after)
        .reduce<string | null>((min, at) => (min === null || at < min ? at : min), null),
    markExported: async (ids, at) => {
      for (const id of ids) {
        const record = analyses.get(id);
        if (record) analyses.set(id, { ...record, exportedAt: at });
      }
    },
    addAnalysis: async (record) => add(analyses, record),
    putAnswer: async (answer) => putAnswer(answer),
    putAnswerUnlessNewer: async (answer) => {
      const stored = answers.get(answer.analysisId)?.get(answer.statementId);
      if (!stored || stored.at < answer.at) putAnswer(answer);
    },
    updateAnalysis: async (id, fn) => toAnalysis(change(analyses, id, fn), answersOf(id)),
    deleteAnalysis: async (id) => {
      analyses.delete(id);
      answers.delete(id);
    },
    storeImport: async ({ adds, replaces, workshops: newWorkshops }, onProgress) => {
      const taken = [...adds, ...newWorkshops].find((r) => analyses.has(r.id) || workshops.has(r.id));
      if (taken || new Set(adds.map((a) => a.id)).size < adds.length) throw new DOMException('Key already exists in the object store.', 'ConstraintError');
      adds.forEach((r) => {
        answers.delete(r.id);
        analyses.set(r.id, copy(r));
      });
      replaces.forEach((r) => {
        answers.delete(r.id);
        analyses.set(r.id, copy(r));
      });
      newWorkshops.forEach((w) => workshops.set(w.id, copy(w)));
      const total = adds.length + replaces.length + newWorkshops.length;
      onProgress?.(total, total);
    },
    getWorkshop: async (id) => {
      const found = workshops.get(id);
      return found && copy(found);
    },
    allWorkshops: async () => [...workshops.values()].map(copy),
    addWorkshop: async (workshop) => add(workshops, workshop),
    updateWorkshop: async (id, fn) => change(workshops, id, fn),
    deleteWorkshop: async (id) => {
      workshops.delete(id);
    },
  };
}
