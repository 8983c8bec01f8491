/** A text in both languages of the app. */
export interface LocalText {
  nl: string;
  en: string;
}

/** The languages the app speaks. */
export type Lang = keyof LocalText;

/** A citation: seed file and inclusive line range. */
export interface SourceRef {
  seed: '000' | '001' | '002' | '003' | '004';
  from: number;
  to: number;
}

/** Roles with their own reflection questions and advice. */
export type BankRole = 'gemeente' | 'instelling' | 'burger';

/** The roles the bank writes guidance for, in display order. */
export const BANK_ROLES: readonly BankRole[] = ['gemeente', 'instelling', 'burger'];

/**
 * A statement the respondent rates on the bank's scale. Its text is the same for every role:
 * only `{org}` / `{Org}` (the respondent's own organisation) is filled in per role.
 */
export interface Statement {
  id: string;
  aspect: 'proces' | 'inhoud';
  text: LocalText;
  source: SourceRef[];
  /**
   * Present when this id existed in the bank's previous version with the same meaning: answers
   * given then still count, except for the roles listed (their wording then measured another thing).
   */
  carriedOver?: { except: BankRole[] };
}

/** What the source names for a kenmerk, and which statements rate it (or why none does). */
export interface Aspect {
  id: string;
  text: LocalText;
  source: SourceRef[];
  ratedBy?: string[];
  leftOut?: LocalText;
}

/** A reflection question (not scored). `derived`: written from a source passage, not printed there as a question. */
export interface ReflectionQuestion {
  text: LocalText;
  source: SourceRef[];
  derived?: boolean;
}

/** A piece of advice offered when a kenmerk is a witte vlek, for the roles it fits. */
export interface Advice {
  id: string;
  title: LocalText;
  text: LocalText;
  roles: BankRole[];
  source: SourceRef[];
}

/** One kenmerk: one axis of the diagram. */
export interface Kenmerk {
  id: string;
  label: LocalText;
  explanation: LocalText;
  source: SourceRef[];
  aspects: Aspect[];
  statements: Statement[];
  reflection: Record<BankRole, ReflectionQuestion[]>;
  advice: Advice[];
}

/** One analysis area with its kenmerken. */
export interface Area {
  id: string;
  label: LocalText;
  question: LocalText;
  source: SourceRef[];
  color: string;
  kenmerken: Kenmerk[];
}

/** One point of the answer scale. */
export interface ScalePoint {
  value: number;
  label: LocalText;
}

/** Thresholds that turn scores into findings. */
export interface Thresholds {
  /** A kenmerk score below this is a witte vlek. */
  witteVlekBelow: number;
  /** This share or more of "weet ik niet" makes a kenmerk onbekend. */
  onbekendShare: number;
  /** A range over parties of this or more is a verschil van inzicht. */
  verschilRange: number;
}

/** A whole question bank, as validated. */
export interface Bank {
  id: string;
  version: string;
  /** The version before this one: `carriedOver` on a statement is relative to it. */
  previousVersion?: string;
  /** Who "{org}" is in a statement, per role of the respondent (and for any other role). */
  subject: Record<BankRole | 'anders', LocalText>;
  title: LocalText;
  intro: LocalText;
  source: SourceRef[];
  scale: { points: ScalePoint[]; unknown: { label: LocalText } };
  thresholds: Thresholds;
  areas: Area[];
}
