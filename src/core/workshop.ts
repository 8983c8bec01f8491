import { actionsWith, cleanName, type Action } from './analysis';
import { isSafeId } from './ids';

/**
 * A werkplaats (workshop): a named set of results discussed together, with its own notes and
 * agreed actions per kenmerk. It refers to results by id; the results themselves are analyses.
 */
export interface Workshop {
  id: string;
  name: string;
  resultIds: string[];
  notes: Record<string, string>;
  actions: Action[];
  createdAt: string;
  updatedAt: string;
  /** Local only: when it was last exported. */
  exportedAt?: string;
}

/**
 * A new, empty werkplaats. A name that shows nothing (empty, or invisible characters only) is
 * refused: the form says so beside the field (see `nameIsBlank`) before it gets here.
 */
export function createWorkshop(name: string, id: string, now: Date): Workshop {
  if (!isSafeId(id)) throw new Error('unsafe workshop id');
  const clean = cleanName(name);
  if (!clean) throw new Error('a werkplaats needs a name');
  const stamp = now.toISOString();
  return { id, name: clean, resultIds: [], notes: {}, actions: [], createdAt: stamp, updatedAt: stamp };
}

/** The werkplaats with these results (order kept, duplicates and unsafe ids dropped). */
export function withResults(workshop: Workshop, ids: readonly string[], now: Date): Workshop {
  const resultIds = [...new Set(ids.filter((id) => isSafeId(id)))];
  return { ...workshop, resultIds, updatedAt: now.toISOString() };
}

/** The werkplaats renamed; a name that shows nothing keeps the old one (the form refuses it first, with a message). */
export function withWorkshopName(workshop: Workshop, name: string, now: Date): Workshop {
  const clean = cleanName(name);
  return clean ? { ...workshop, name: clean, updatedAt: now.toISOString() } : workshop;
}

/** The werkplaats with an agreed action added (or replaced by id). */
export function withWorkshopAction(workshop: Workshop, action: Action, now: Date): Workshop {
  const actions = actionsWith(workshop.actions, action);
  return actions ? { ...workshop, actions, updatedAt: now.toISOString() } : workshop;
}

/** The werkplaats without one action. */
export function withoutWorkshopAction(workshop: Workshop, actionId: string, now: Date): Workshop {
  return { ...workshop, actions: workshop.actions.filter((a) => a.id !== actionId), updatedAt: now.toISOString() };
}

/** A new werkplaats that discusses these results from the start (same cleaning as `createWorkshop` and `withResults`). */
export function createWorkshopWith(name: string, id: string, resultIds: readonly string[], now: Date): Workshop {
  return withResults(createWorkshop(name, id, now), resultIds, now);
}

/**
 * The name a werkplaats made from these results starts with: their partnership label when they
 * all share one (after cleaning), else `fallback` (e.g. "Werkplaats 2 december 2026"). It can be
 * renamed on the werkplaats screen.
 */
export function workshopNameFor(results: readonly { partnership: string }[], fallback: string): string {
  const labels = new Set(results.map((r) => cleanName(r.partnership)));
  const [only] = labels;
  return labels.size === 1 && only ? only : fallback;
}
