import { cleanAction, cleanName, type Action } from '../analysis';
import { FieldError, id, idEntries, isRecord, isoDate, own, text } from './fields';
import { LIMITS } from './format';
import type { Workshop } from '../workshop';

/**
 * Reads one werkplaats of a version-1 file. Its result ids must be results of the same file (others
 * are dropped); notes and actions on kenmerken the bank does not know are dropped.
 */
export function readWorkshop(raw: unknown, resultIds: ReadonlySet<string>, kenmerken: ReadonlySet<string>, index: number): Workshop {
  const f = `workshops.${index}`;
  if (!isRecord(raw)) throw new FieldError(f);
  const ids = own(raw, 'resultIds');
  if (!Array.isArray(ids) || ids.length > LIMITS.results) throw new FieldError(`${f}.resultIds`);
  const notes: Record<string, string> = {};
  for (const [key, value] of idEntries(own(raw, 'notes') ?? {}, `${f}.notes`, 1000)) {
    const note = text(value, `${f}.notes.${key}`, LIMITS.text);
    if (kenmerken.has(key) && note) notes[key] = note;
  }
  const rawActions = own(raw, 'actions') ?? [];
  if (!Array.isArray(rawActions) || rawActions.length > LIMITS.actions) throw new FieldError(`${f}.actions`);
  const actions: Action[] = [];
  rawActions.forEach((a: unknown, i) => {
    const af = `${f}.actions.${i}`;
    if (!isRecord(a)) throw new FieldError(af);
    const action = cleanAction({
      id: id(own(a, 'id'), `${af}.id`),
      kenmerkId: id(own(a, 'kenmerkId'), `${af}.kenmerkId`),
      what: text(own(a, 'what'), `${af}.what`, 500),
      who: text(own(a, 'who'), `${af}.who`, 200, true),
      when: text(own(a, 'when'), `${af}.when`, 100, true),
    });
    if (action && kenmerken.has(action.kenmerkId)) actions.push(action);
  });
  return {
    id: id(own(raw, 'id'), `${f}.id`),
    name: cleanName(text(own(raw, 'name'), `${f}.name`, LIMITS.text)) || '—',
    resultIds: [...new Set(ids.map((r: unknown, i) => id(r, `${f}.resultIds.${i}`)))].filter((r) => resultIds.has(r)),
    notes,
    actions,
    createdAt: isoDate(own(raw, 'createdAt'), `${f}.createdAt`),
    updatedAt: isoDate(own(raw, 'updatedAt'), `${f}.updatedAt`),
  };
}
