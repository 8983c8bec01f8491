import { isSafeId } from './ids';
import { cleanText, isBlank } from './text';

/** Who fills in the analysis. */
export const ROLES = ['gemeente', 'instelling', 'burger', 'anders'] as const;
/** A party's role. */
export type Role = (typeof ROLES)[number];

/** Optional organisational level of the respondents. */
export const LEVELS = ['bestuur', 'management', 'uitvoering', 'gemengd'] as const;
/** A level within the organisation. */
export type Level = (typeof LEVELS)[number];

/** Whether one party answers alone or the partners answer together. */
export const MODES = ['alone', 'together'] as const;
/** Alone or together. */
export type Mode = (typeof MODES)[number];

/** One answer: a point of the bank's scale, or "weet ik niet". */
export type AnswerValue = number | 'unknown';

/** Answers keyed by statement id (ids are safe, see ids.ts). */
export type Answers = Record<string, AnswerValue>;

/** The party that answers. */
export interface Party {
  name: string;
  role: Role;
  level?: Level;
}

/** An action agreed for a kenmerk: what, who, when (free text, kept short). */
export interface Action {
  id: string;
  kenmerkId: string;
  what: string;
  who: string;
  when: string;
}

/** One self-analysis as stored and exported. */
export interface Analysis {
  id: string;
  name: string;
  bankId: string;
  bankVersion: string;
  party: Party;
  mode: Mode;
  partnership: string;
  createdAt: string;
  updatedAt: string;
  answers: Answers;
  /** Free notes per kenmerk id. */
  notes: Record<string, string>;
  actions: Action[];
  /**
   * Answers given with an earlier version of the question bank whose statements changed meaning:
   * kept (and exported), never scored. Absent when there are none.
   */
  earlier?: { bankVersion: string; answers: Answers };
  /** The id of the earlier measurement of the same party this one follows up (herhaalmeting). */
  follows?: string;
  /** Where the user was: the index of the area on screen. */
  areaIndex: number;
  /** When this analysis was last exported from this device (local only, never in a file). */
  exportedAt?: string;
  /** When this analysis came in from a file or link (local only, never in a file). */
  importedAt?: string;
}

/** Fills what older stored records lack, so every reader sees a complete analysis. */
export function withDefaults(stored: Analysis): Analysis {
  return { ...stored, notes: stored.notes ?? {}, actions: stored.actions ?? [], areaIndex: stored.areaIndex ?? 0 };
}

/**
 * When the analysis last went into a file: its own export, or a backup of everything on this
 * device (`lastBackup`, ISO time), whichever is later; null when never.
 */
export function lastSavedInFile(analysis: Analysis, lastBackup: string | null = null): string | null {
  const times = [analysis.exportedAt, lastBackup].filter((t): t is string => Boolean(t));
  return times.length === 0 ? null : times.reduce((a, b) => (a > b ? a : b));
}

/** True when the analysis changed after it last went into a file (or never did). */
export function changedSinceExport(analysis: Analysis, lastBackup: string | null = null): boolean {
  const saved = lastSavedInFile(analysis, lastBackup);
  return !saved || analysis.updatedAt > saved;
}

/** What the user enters to start an analysis. */
export interface NewAnalysisInput {
  party: Party;
  mode: Mode;
  partnership: string;
}

/** Maximum length of names and labels typed by the user. */
export const NAME_MAX = 120;

/**
 * Cleans a typed or imported name: no bidirectional or control characters, white space folded,
 * at most NAME_MAX characters. A name of only invisible characters comes back empty.
 */
export function cleanName(value: string): string {
  // Cut by code points (never half an emoji), then trim what the cut may have left.
  const clean = Array.from(cleanText(value).replace(/\s+/g, ' ').trim()).slice(0, NAME_MAX).join('').trim();
  return isBlank(clean) ? '' : clean;
}

/**
 * True when a name someone typed shows nothing: empty, or only spaces and invisible characters
 * (zero-width, bidirectional controls). Forms refuse such a name with a message and change nothing.
 */
export function nameIsBlank(value: string): boolean {
  return cleanName(value) === '';
}

/** The default display name of an analysis: party, and partnership when given. */
export function defaultName(input: NewAnalysisInput): string {
  const party = cleanName(input.party.name);
  const partnership = cleanName(input.partnership);
  return partnership ? cleanName(`${party} — ${partnership}`) : party;
}

/** Builds a new, empty analysis. */
export function createAnalysis(
  input: NewAnalysisInput,
  bank: { id: string; version: string },
  id: string,
  now: Date,
): Analysis {
  if (!isSafeId(id)) throw new Error('unsafe analysis id');
  if (!cleanName(input.party.name)) throw new Error('a party needs a name');
  const party: Party = { name: cleanName(input.party.name), role: input.party.role };
  if (input.party.level) party.level = input.party.level;
  const stamp = now.toISOString();
  return {
    id,
    name: defaultName(input),
    bankId: bank.id,
    bankVersion: bank.version,
    party,
    mode: input.mode,
    partnership: cleanName(input.partnership),
    createdAt: stamp,
    updatedAt: stamp,
    answers: {},
    notes: {},
    actions: [],
    areaIndex: 0,
  };
}

/** The analysis renamed; a name that shows nothing keeps the old one (the form refuses it first, with a message). */
export function withName(analysis: Analysis, name: string, now: Date): Analysis {
  const clean = cleanName(name);
  return clean ? { ...analysis, name: clean, updatedAt: now.toISOString() } : analysis;
}

/** Longest note, and longest action fields, that a file may carry (see resultFile/format.ts LIMITS). */
export const NOTE_MAX = 2000;
export const ACTION_MAX = { what: 500, who: 200, when: 100 } as const;

/** Notes per kenmerk with one note set (capped at NOTE_MAX); an empty note removes it. */
export function notesWith(notes: Record<string, string>, kenmerkId: string, note: string): Record<string, string> {
  if (!isSafeId(kenmerkId)) throw new Error('unsafe kenmerk id');
  const next = { ...notes };
  const clean = note.slice(0, NOTE_MAX);
  if (clean.trim()) next[kenmerkId] = clean;
  else delete next[kenmerkId];
  return next;
}

/** The analysis with the note of one kenmerk set (an empty note removes it). */
export function withNote(analysis: Analysis, kenmerkId: string, note: string, now: Date): Analysis {
  return { ...analysis, notes: notesWith(analysis.notes, kenmerkId, note), updatedAt: now.toISOString() };
}

/** Trims an action's fields to their limits; an action needs a "what". */
export function cleanAction(action: Action): Action | null {
  const what = action.what.trim().slice(0, ACTION_MAX.what);
  if (!what || !isSafeId(action.id) || !isSafeId(action.kenmerkId)) return null;
  return { id: action.id, kenmerkId: action.kenmerkId, what, who: action.who.trim().slice(0, ACTION_MAX.who), when: action.when.trim().slice(0, ACTION_MAX.when) };
}

/** Actions with one added, or replaced when its id exists; null when the action is not valid. */
export function actionsWith(actions: readonly Action[], action: Action): Action[] | null {
  const clean = cleanAction(action);
  if (!clean) return null;
  return actions.some((a) => a.id === clean.id) ? actions.map((a) => (a.id === clean.id ? clean : a)) : [...actions, clean];
}

/** The analysis with an action added, or replaced when its id exists. */
export function withAction(analysis: Analysis, action: Action, now: Date): Analysis {
  const actions = actionsWith(analysis.actions, action);
  return actions ? { ...analysis, actions, updatedAt: now.toISOString() } : analysis;
}

/** The analysis without one action. */
export function withoutAction(analysis: Analysis, actionId: string, now: Date): Analysis {
  return { ...analysis, actions: analysis.actions.filter((a) => a.id !== actionId), updatedAt: now.toISOString() };
}
