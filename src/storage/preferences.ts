/** The user's language choice, kept across visits. Small and needed before first paint, so localStorage. */
const LANG_KEY = 'bondgenoten.lang';

/** The remembered language, if any. */
export function loadLanguage(): 'nl' | 'en' | null {
  try {
    const value = globalThis.localStorage?.getItem(LANG_KEY);
    return value === 'nl' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the language; silently does nothing where storage is not allowed. */
export function saveLanguage(lang: 'nl' | 'en'): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    /* storage blocked: the choice lasts this visit only */
  }
}

/** A moment (ISO) kept under `key`, or null when there is none (or it is not a date). */
function loadMoment(key: string): string | null {
  try {
    const value = globalThis.localStorage?.getItem(key) ?? null;
    return value && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps a moment (ISO) under `key`, or forgets it (null); silently does nothing where storage is not allowed. */
function saveMoment(key: string, at: string | null): void {
  try {
    if (at === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, at);
  } catch {
    /* storage blocked: the start screen cannot say when the last backup was made, nor remind */
  }
}

const BACKUP_KEY = 'bondgenoten.lastBackup';
const UNSAVED_KEY = 'bondgenoten.unsavedSince';

/** When the last backup was made on this device (ISO), or null. */
export const loadLastBackup = () => loadMoment(BACKUP_KEY);
/** Remembers that a backup was made at `at`. */
export const saveLastBackup = (at: string) => saveMoment(BACKUP_KEY, at);
/** When the oldest change that is in no backup yet was made (ISO), or null (see backupMark.ts). */
export const loadUnsavedSince = () => loadMoment(UNSAVED_KEY);
/** Keeps (or, with null, forgets) when the oldest change in no backup was made. */
export const saveUnsavedSince = (at: string | null) => saveMoment(UNSAVED_KEY, at);

const BANK_KEY = 'bondgenoten.storedBankVersion';

/** The question bank version every stored analysis was last brought to, or null when not known. */
export function loadStoredBankVersion(): string | null {
  try {
    return globalThis.localStorage?.getItem(BANK_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Remembers that every stored analysis is of bank version `version`. */
export function saveStoredBankVersion(version: string): void {
  try {
    globalThis.localStorage?.setItem(BANK_KEY, version);
  } catch {
    /* storage blocked: the check runs again at the next start (it finds nothing to do) */
  }
}

/** Where a presentation of a werkplaats was: step, hidden names, hidden parties (kept across a reload or a closed tab). */
export interface PresentationPlace {
  step: number;
  namesHidden: boolean;
  hidden: string[];
}

const placeKey = (workshopId: string) => `bondgenoten.presentation.${workshopId}`;

/** The saved place of a werkplaats's presentation, or null. */
export function loadPresentationPlace(workshopId: string): PresentationPlace | null {
  try {
    const raw: unknown = JSON.parse(globalThis.localStorage?.getItem(placeKey(workshopId)) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return null;
    const { step, namesHidden, hidden } = raw as Record<string, unknown>;
    if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || typeof namesHidden !== 'boolean' || !Array.isArray(hidden)) return null;
    return { step, namesHidden, hidden: hidden.filter((h): h is string => typeof h === 'string').slice(0, 200) };
  } catch {
    return null;
  }
}

/** Remembers the place of a werkplaats's presentation. */
export function savePresentationPlace(workshopId: string, place: PresentationPlace): void {
  try {
    globalThis.localStorage?.setItem(placeKey(workshopId), JSON.stringify(place));
  } catch {
    /* storage blocked: a reload starts at the beginning */
  }
}
