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

/** Roles that may have their own wording and reflection questions. */
export type BankRole = 'gemeente' | 'instelling' | 'burger';

/** A statement the respondent rates on the bank's scale. */
export interface Statement {
  id: string;
  aspect: 'proces' | 'inhoud';
  text: LocalText;
  roleText?: Partial<Record<BankRole, LocalText>>;
  source: SourceRef[];
}

/** A reflection question (not scored). */
export interface ReflectionQuestion {
  text: LocalText;
  source: SourceRef[];
}

/** A piece of advice offered when a kenmerk is a witte vlek. */
export interface Advice {
  id: string;
  title: LocalText;
  text: LocalText;
  source: SourceRef[];
}

/** One kenmerk: one axis of the diagram. */
export interface Kenmerk {
  id: string;
  label: LocalText;
  shortLabel: LocalText;
  explanation: LocalText;
  source: SourceRef[];
  statements: Statement[];
  reflection?: Partial<Record<BankRole, ReflectionQuestion[]>>;
  noReflection?: Partial<Record<BankRole, LocalText>>;
  advice?: Advice[];
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
  title: LocalText;
  intro: LocalText;
  source: SourceRef[];
  scale: { points: ScalePoint[]; unknown: { label: LocalText } };
  thresholds: Thresholds;
  areas: Area[];
}
