import { isSafeId } from './ids';

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
  /** Where the user was: the index of the area on screen. */
  areaIndex: number;
}

/** What the user enters to start an analysis. */
export interface NewAnalysisInput {
  party: Party;
  mode: Mode;
  partnership: string;
}

/** Maximum length of names and labels typed by the user. */
export const NAME_MAX = 120;

/** Trims and shortens a typed name; never returns more than NAME_MAX characters. */
export function cleanName(value: string): string {
  // Cut by code points (never half an emoji), then trim what the cut may have left.
  return Array.from(value.replace(/\s+/g, ' ').trim()).slice(0, NAME_MAX).join('').trim();
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
    areaIndex: 0,
  };
}

/** The analysis with one answer set; `updatedAt` moves to `now`. */
export function withAnswer(analysis: Analysis, statementId: string, value: AnswerValue, now: Date): Analysis {
  if (!isSafeId(statementId)) throw new Error('unsafe statement id');
  return { ...analysis, answers: { ...analysis.answers, [statementId]: value }, updatedAt: now.toISOString() };
}

/** The analysis renamed; an empty name keeps the old one. */
export function withName(analysis: Analysis, name: string, now: Date): Analysis {
  const clean = cleanName(name);
  return clean ? { ...analysis, name: clean, updatedAt: now.toISOString() } : analysis;
}
