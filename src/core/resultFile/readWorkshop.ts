import { cleanName } from '../analysis';
import { FieldError, id, isRecord, isoDate, own, text } from './fields';
import { LIMITS } from './format';
import { readActions, readNotes } from './readNotes';
import type { Workshop } from '../workshop';

/**
 * Reads one werkplaats of a version-1 file. Its result ids must be results of the same file (others
 * are dropped); notes and actions on kenmerken the bank does not know are left out and counted.
 */
export function readWorkshop(raw: unknown, resultIds: ReadonlySet<string>, kenmerken: ReadonlySet<string>, index: number): { workshop: Workshop; dropped: number } {
  const f = `workshops.${index}`;
  if (!isRecord(raw)) throw new FieldError(f);
  const ids = own(raw, 'resultIds');
  if (!Array.isArray(ids) || ids.length > LIMITS.results) throw new FieldError(`${f}.resultIds`);
  let dropped = 0;
  const known = (kenmerkId: string) => kenmerken.has(kenmerkId) || ((dropped += 1), false);
  const workshop: Workshop = {
    id: id(own(raw, 'id'), `${f}.id`),
    name: cleanName(text(own(raw, 'name'), `${f}.name`, LIMITS.text)) || '—',
    resultIds: [...new Set(ids.map((r: unknown, i) => id(r, `${f}.resultIds.${i}`)))].filter((r) => resultIds.has(r)),
    notes: readNotes(own(raw, 'notes'), `${f}.notes`, known),
    actions: readActions(own(raw, 'actions'), `${f}.actions`, known),
    createdAt: isoDate(own(raw, 'createdAt'), `${f}.createdAt`),
    updatedAt: isoDate(own(raw, 'updatedAt'), `${f}.updatedAt`),
  };
  return { workshop, dropped };
}
