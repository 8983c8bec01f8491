import type { BankRole, Lang, Statement } from './types';
import type { Role } from '../analysis';

/** The wording of a statement for a role: the role's own wording if the bank has one, else the default. */
export function statementText(statement: Statement, role: Role, lang: Lang): string {
  const own = role === 'anders' ? undefined : statement.roleText?.[role as BankRole];
  return (own ?? statement.text)[lang];
}
