import { backend } from './chooseBackend';
import { announceChange } from './changeFeed';
import { noteChange } from './backupMark';
import { trackWrite } from './writeTracker';
import { newWorkshopId } from '../core/ids';
import {
  createWorkshopWith,
  withoutWorkshopAction,
  withResults,
  withWorkshopAction,
  withWorkshopName,
  type Workshop,
} from '../core/workshop';
import type { Action } from '../core/analysis';

/** All werkplaatsen on this device, most recently changed first. */
export async function listWorkshops(): Promise<Workshop[]> {
  const all = await (await backend()).allWorkshops();
  return all.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** One werkplaats, or undefined. */
export async function getWorkshop(id: string): Promise<Workshop | undefined> {
  return (await backend()).getWorkshop(id);
}

/** Stores a new werkplaats. */
export function addWorkshop(workshop: Workshop): Promise<void> {
  return trackWrite(backend().then((b) => b.addWorkshop(workshop)).then(() => changed(workshop.id)));
}

/** Makes and stores a new werkplaats with these results (in this order); resolves with it. */
export async function startWorkshop(name: string, resultIds: readonly string[], now = new Date()): Promise<Workshop> {
  const workshop = createWorkshopWith(name, newWorkshopId(), resultIds, now);
  await addWorkshop(workshop);
  return workshop;
}

/** After the user changed a werkplaats: tell other tabs, and note the work for the backup reminder. */
function changed(id: string): void {
  noteChange();
  announceChange(id);
}

const update = (id: string, change: (w: Workshop) => Workshop, work = true): Promise<Workshop> =>
  trackWrite(
    backend()
      .then((b) => b.updateWorkshop(id, change))
      .then((next) => {
        if (work) changed(id);
        else announceChange(id);
        return next;
      }),
  );

/** Sets which results the werkplaats discusses. */
export const saveWorkshopResults = (id: string, ids: string[], now = new Date()) => update(id, (w) => withResults(w, ids, now));
/** Renames a werkplaats. */
export const renameWorkshop = (id: string, name: string, now = new Date()) => update(id, (w) => withWorkshopName(w, name, now));
/** Adds or changes an agreed action. */
export const saveWorkshopAction = (id: string, action: Action, now = new Date()) => update(id, (w) => withWorkshopAction(w, action, now));
/** Removes an agreed action. */
export const deleteWorkshopAction = (id: string, actionId: string, now = new Date()) => update(id, (w) => withoutWorkshopAction(w, actionId, now));
/** Notes that the werkplaats was exported now. */
export const markWorkshopExported = (id: string, now = new Date()) => update(id, (w) => ({ ...w, exportedAt: now.toISOString() }), false);

/** Deletes a werkplaats (its results stay). */
export function deleteWorkshop(id: string): Promise<void> {
  return trackWrite(backend().then((b) => b.deleteWorkshop(id)).then(() => changed(id)));
}
