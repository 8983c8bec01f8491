import { cleanName, LEVELS, MODES, ROLES, type Analysis, type AnswerValue } from '../analysis';
import { readActions, readNotes } from './readNotes';
import { FieldError, id, idEntries, isRecord, isoDate, oneOf, own, text } from './fields';
import { LIMITS } from './format';
import type { Bank } from '../bank/types';

/** The bank facts a reader needs, computed once per file. */
export interface BankIndex {
  bank: Bank;
  hash: string;
  statements: Set<string>;
  kenmerken: Set<string>;
  scale: Set<number>;
}

/** A result in another bank than ours: its answers cannot be compared at all. */
export class UnknownBankError extends Error {}

/** What was read, and how many answers, notes or actions had no place in our bank. */
export interface ReadResult {
  analysis: Analysis;
  dropped: number;
}

function answerValue(value: unknown, scale: Set<number>, field: string): AnswerValue {
  if (value === 'unknown') return value;
  if (typeof value === 'number' && scale.has(value)) return value;
  throw new FieldError(field, value === undefined || value === null ? 'missing' : 'wrong');
}

/**
 * Reads one result of a version-1 file into an analysis of our bank. With the same bank (same
 * hash) an unknown id is an error; with another version of it, what has no place here is
 * dropped and counted, so the user can be told.
 */
export function readResult(raw: unknown, index: BankIndex, now: Date): ReadResult {
  if (!isRecord(raw)) throw new FieldError('(result)', 'wrong');
  const resultId = id(own(raw, 'id'), 'id');
  const bankRef = own(raw, 'bank');
  if (!isRecord(bankRef)) throw new FieldError('bank', bankRef === undefined ? 'missing' : 'wrong');
  const bankId = own(bankRef, 'id');
  if (typeof bankId !== 'string') throw new FieldError('bank.id', bankId === undefined ? 'missing' : 'wrong');
  if (bankId !== index.bank.id) throw new UnknownBankError();
  const sameBank = own(bankRef, 'hash') === index.hash;
  let dropped = 0;
  const known = (set: Set<string>, key: string, field: string) => {
    if (set.has(key)) return true;
    if (sameBank) throw new FieldError(field, 'unknown');
    dropped += 1;
    return false;
  };

  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of idEntries(own(raw, 'answers'), 'answers', LIMITS.keys)) {
    const v = answerValue(value, index.scale, `answers.${key}`);
    if (known(index.statements, key, `answers.${key}`)) answers[key] = v;
  }
  const kenmerk = (key: string, field: string) => known(index.kenmerken, key, field);
  const notes = readNotes(own(raw, 'notes'), 'notes', kenmerk);
  const actions = readActions(own(raw, 'actions'), 'actions', kenmerk);

  const party = own(raw, 'party');
  if (!isRecord(party)) throw new FieldError('party', party === undefined ? 'missing' : 'wrong');
  const partyName = cleanName(text(own(party, 'name'), 'party.name', LIMITS.text));
  if (!partyName) throw new FieldError('party.name', 'blank');
  const level = own(party, 'level');
  const partnership = cleanName(text(own(raw, 'partnership'), 'partnership', LIMITS.text, true));
  const name = cleanName(text(own(raw, 'name'), 'name', LIMITS.text, true)) || partyName;

  const analysis: Analysis = {
    id: resultId,
    name,
    bankId: index.bank.id,
    bankVersion: index.bank.version,
    party: {
      name: partyName,
      role: oneOf(own(party, 'role'), ROLES, 'party.role'),
      ...(level === undefined ? {} : { level: oneOf(level, LEVELS, 'party.level') }),
    },
    mode: oneOf(own(raw, 'mode'), MODES, 'mode'),
    partnership,
    createdAt: isoDate(own(raw, 'createdAt'), 'createdAt', now),
    updatedAt: isoDate(own(raw, 'updatedAt'), 'updatedAt', now),
    answers,
    notes,
    actions,
    areaIndex: 0,
  };
  return { analysis, dropped };
}
