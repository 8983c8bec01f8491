import { cleanName, LEVELS, MODES, ROLES, type Analysis, type Answers, type AnswerValue } from '../analysis';
import { toBankVersion } from '../bank/carryOver';
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

/** What was read; how many notes or actions had no place in our bank; how many answers belong to an earlier bank version. */
export interface ReadResult {
  analysis: Analysis;
  dropped: number;
  earlier: number;
}

const VERSION = /^[0-9]{1,4}\.[0-9]{1,4}\.[0-9]{1,4}$/;

/** A bank version as written in a file. */
function bankVersion(value: unknown, field: string): string {
  if (typeof value !== 'string' || !VERSION.test(value)) throw new FieldError(field, value === undefined ? 'missing' : 'wrong');
  return value;
}

/** Answers keyed by safe statement ids with values of the scale; `known` decides for an id not in our bank. */
function readAnswers(raw: unknown, field: string, scale: Set<number>, keep: (key: string, field: string) => boolean): Answers {
  const answers: Answers = {};
  for (const [key, value] of idEntries(raw, field, LIMITS.keys)) {
    const v = answerValue(value, scale, `${field}.${key}`);
    if (keep(key, `${field}.${key}`)) answers[key] = v;
  }
  return answers;
}

function answerValue(value: unknown, scale: Set<number>, field: string): AnswerValue {
  if (value === 'unknown') return value;
  if (typeof value === 'number' && scale.has(value)) return value;
  throw new FieldError(field, value === undefined || value === null ? 'missing' : 'wrong');
}

/**
 * The answers of an earlier bank version (any statement id, values of the scale). A wrong key or
 * value is reported as the list being wrong: their statements are not in this bank, so a
 * statement id would tell the user nothing.
 */
function readEarlierAnswers(raw: unknown, scale: Set<number>): Answers {
  const field = 'earlier.answers';
  try {
    return readAnswers(raw, field, scale, () => true);
  } catch (error) {
    if (error instanceof FieldError && error.field.startsWith(`${field}.`)) throw new FieldError(field, 'wrong');
    throw error;
  }
}

/**
 * Reads one result of a version-1 file into an analysis of our bank. With the same bank (same
 * hash) an unknown id is an error. With another version of it, the answers that keep their
 * meaning count, and every other answer is kept, unscored, as an answer of that earlier version
 * (counted, so the user can be told); notes or actions of a kenmerk we do not have are dropped
 * and counted.
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
  const version = sameBank ? index.bank.version : bankVersion(own(bankRef, 'version'), 'bank.version');
  let dropped = 0;
  const known = (set: Set<string>, key: string, field: string) => {
    if (set.has(key)) return true;
    if (sameBank) throw new FieldError(field, 'unknown');
    dropped += 1;
    return false;
  };

  // Another version: every answer is read (ids and values checked) and sorted out below.
  const answers = readAnswers(own(raw, 'answers'), 'answers', index.scale, (key, field) => !sameBank || known(index.statements, key, field));
  const follows = own(raw, 'follows');
  const rawEarlier = own(raw, 'earlier');
  let earlier: Analysis['earlier'];
  if (rawEarlier !== undefined) {
    if (!isRecord(rawEarlier)) throw new FieldError('earlier', 'wrong');
    earlier = {
      bankVersion: bankVersion(own(rawEarlier, 'bankVersion'), 'earlier.bankVersion'),
      answers: readEarlierAnswers(own(rawEarlier, 'answers'), index.scale),
    };
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
    bankVersion: version,
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
    ...(earlier && Object.keys(earlier.answers).length > 0 ? { earlier } : {}),
    ...(follows === undefined ? {} : { follows: id(follows, 'follows') }),
    areaIndex: 0,
  };
  const current = toBankVersion(analysis, index.bank);
  return { analysis: current.analysis, dropped, earlier: current.moved };
}
