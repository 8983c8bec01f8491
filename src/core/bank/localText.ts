import type { Bank, Lang, Statement } from './types';
import type { Role } from '../analysis';

/** The bank's facts a statement's wording needs: who "{org}" is per role. */
type Subjects = Pick<Bank, 'subject'>;

/**
 * The wording of a statement as a respondent of `role` reads it. Every role reads the same text;
 * only `{org}` (mid-sentence) or `{Org}` (sentence start) becomes the respondent's own organisation.
 */
export function statementText(statement: Statement, role: Role, lang: Lang, bank: Subjects): string {
  const subject = bank.subject[role][lang];
  return statement.text[lang].replace(/\{(org|Org)\}/g, (_, which: string) =>
    which === 'Org' ? subject.charAt(0).toUpperCase() + subject.slice(1) : subject,
  );
}

/** The role-neutral wording (for a view of several parties): "{org}" becomes "onze organisatie". */
export function neutralStatementText(statement: Statement, lang: Lang, bank: Subjects): string {
  return statementText(statement, 'anders', lang, bank);
}
