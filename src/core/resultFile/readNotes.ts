import { cleanAction, type Action } from '../analysis';
import { FieldError, id, idEntries, isRecord, list, own, text } from './fields';
import { LIMITS } from './format';

/**
 * Decides about a kenmerk id in a file: true to keep the note or action, false to leave it out
 * (it is counted), or it throws a FieldError for `field` to refuse the file.
 */
export type KenmerkCheck = (kenmerkId: string, field: string) => boolean;

/**
 * The notes per kenmerk of a result or werkplaats (`field` is where they are, for messages):
 * at most LIMITS.keys notes of at most LIMITS.note characters; empty notes are dropped.
 */
export function readNotes(raw: unknown, field: string, known: KenmerkCheck): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const [key, value] of idEntries(raw ?? {}, field, LIMITS.keys)) {
    const note = text(value, `${field}.${key}`, LIMITS.note);
    if (known(key, `${field}.${key}`) && note.trim()) notes[key] = note;
  }
  return notes;
}

/**
 * The actions of a result or werkplaats: at most LIMITS.actions, each with a safe id and kenmerk
 * id, a "what" that is not empty, and "who" and "when" within their limits.
 */
export function readActions(raw: unknown, field: string, known: KenmerkCheck): Action[] {
  const actions: Action[] = [];
  list(raw ?? [], field, LIMITS.actions).forEach((a: unknown, i) => {
    const f = `${field}.${i}`;
    if (!isRecord(a)) throw new FieldError(f, 'wrong');
    const action = cleanAction({
      id: id(own(a, 'id'), `${f}.id`),
      kenmerkId: id(own(a, 'kenmerkId'), `${f}.kenmerkId`),
      what: text(own(a, 'what'), `${f}.what`, LIMITS.action.what),
      who: text(own(a, 'who'), `${f}.who`, LIMITS.action.who, true),
      when: text(own(a, 'when'), `${f}.when`, LIMITS.action.when, true),
    });
    if (!action) throw new FieldError(`${f}.what`, 'blank');
    if (known(action.kenmerkId, `${f}.kenmerkId`)) actions.push(action);
  });
  return actions;
}
