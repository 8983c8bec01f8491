import { cleanName } from '../analysis';
import { FieldError, id, isRecord, isoDate, list, own, text } from './fields';
import { LIMITS } from './format';
import { readActions, readNotes } from './readNotes';
import type { Workshop } from '../workshop';

/**
 * Reads one werkplaats of a version-1 file. Its result ids are kept as they are, also those of
 * results that are not in the file (a later import may bring them); notes and actions on
 * kenmerken the bank does not know are left out and counted. A name that is empty once invisible
 * characters are removed is refused (field `name`, problem `blank`), as a party's name is. Field
 * paths are relative to the werkplaats (the caller names which one).
 */
export function readWorkshop(raw: unknown, kenmerken: ReadonlySet<string>, now: Date): { workshop: Workshop; dropped: number } {
  if (!isRecord(raw)) throw new FieldError('(werkplaats)', 'wrong');
  let dropped = 0;
  const known = (kenmerkId: string) => kenmerken.has(kenmerkId) || ((dropped += 1), false);
  const resultIds = list(own(raw, 'resultIds'), 'resultIds', LIMITS.results).map((r: unknown, i) => id(r, `resultIds.${i}`));
  const workshopId = id(own(raw, 'id'), 'id');
  // Like a party's name: a name that shows nothing once invisible characters are removed is refused.
  const name = cleanName(text(own(raw, 'name'), 'name', LIMITS.text));
  if (!name) throw new FieldError('name', 'blank');
  const workshop: Workshop = {
    id: workshopId,
    name,
    resultIds: [...new Set(resultIds)],
    notes: readNotes(own(raw, 'notes'), 'notes', known),
    actions: readActions(own(raw, 'actions'), 'actions', known),
    createdAt: isoDate(own(raw, 'createdAt'), 'createdAt', now),
    updatedAt: isoDate(own(raw, 'updatedAt'), 'updatedAt', now),
  };
  return { workshop, dropped };
}
