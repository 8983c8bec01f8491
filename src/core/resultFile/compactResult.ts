import { defaultName, LEVELS, MODES, ROLES, type Analysis, type AnswerValue } from '../analysis';
import { bankHash } from '../bank/bankHash';
import { fail, ok, type Result } from '../result';
import { FORMAT_VERSION, RESULT_FILE_TYPE, type ResultFileV1, type ResultV1 } from './format';
import type { ImportError } from './importError';
import type { Bank } from '../bank/types';

/*
 * The compact result code (for a QR code or a short link), version 1.
 *
 * One result as a bit stream (most significant bit first), padded with zero bits to whole bytes,
 * followed by a CRC-16 (CCITT-FALSE) of those bytes, then written as text in base45 (RFC 9285),
 * whose 45 characters are exactly QR's alphanumeric set. The link is `<origin><path>#/qr/<base45>`.
 *
 *   bits  field
 *   8     code version (1)
 *   48    the first 12 hex digits of the bank hash (bankHash): another bank is refused
 *   1+104 result id `an-` + 20 base-36 characters as one number (flag 1), or flag 0 + text
 *   2,1,3 role (ROLES index), mode (MODES index), level (0 none, 1–4 LEVELS)
 *   26+16 createdAt: minutes since 2000-01-01T00:00Z, then milliseconds within that minute
 *   26+16 updatedAt: the same (exact, so a result that came as a file is "already here", not a conflict)
 *   text  party name;  text  partnership
 *   2     result name: 0 = party name, 1 = "party — partnership" (defaultName), 2 = text follows
 *   3×n   the answers, statement by statement in bank order: 0 none, 1–5 the scale, 6 weet ik niet
 *   1     notes and actions follow (only when they fit in the code; otherwise 0 and left out):
 *         8 count, then per note 8 kenmerk index (bank order) + long text;
 *         9 count, then per action id (as the result id, `ac-`) + 8 kenmerk index + what, who, when (long texts)
 *   16    CRC-16 of all bytes before it
 *
 * "text" is a length in code points (8 bits; 11 for a "long text") followed by each code point as
 * 6 bits: 0–62 a character of TEXT_BASE, 63 an escape: 0 + 5 bits for a character of TEXT_EXTRA,
 * or 1 + 21 bits for any other code point. Answers of an earlier bank version are not carried.
 *
 * The decoder rebuilds the normal result file (JSON text), so an import applies exactly the same
 * validation and cleaning (readResultFile) as to a file.
 */

/** The code version this app writes and reads. */
export const COMPACT_VERSION = 1;

const TEXT_BASE = ' abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const TEXT_EXTRA = "-.,'’&()/:;!?+\"—éëèêáàäóöôüúïíç";
const EPOCH = Date.UTC(2000, 0, 1);
const MINUTE = 60_000;
const HASH_DIGITS = 12;
const STANDARD_ID = /^[a-z0-9]{20}$/;
const UNKNOWN = 6;

/** A code that cannot be made: a date before 2000, a name too long, an answer off the scale. */
export class NotEncodable extends RangeError {}

class BitWriter {
  private bytes: number[] = [];
  private bits = 0;
  private acc = 0;

  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i -= 1) this.bit(Math.floor(value / 2 ** i) % 2);
  }

  writeBig(value: bigint, width: number): void {
    for (let i = width - 1; i >= 0; i -= 1) this.bit(Number((value >> BigInt(i)) & 1n));
  }

  private bit(b: number): void {
    this.acc = (this.acc << 1) | b;
    this.bits += 1;
    if (this.bits === 8) {
      this.bytes.push(this.acc);
      this.acc = 0;
      this.bits = 0;
    }
  }

  finish(): Uint8Array {
    if (this.bits > 0) this.write(0, 8 - this.bits);
    return Uint8Array.from(this.bytes);
  }
}

/** Thrown (and caught in decode) when the stream ends early or holds an impossible value. */
class Malformed extends Error {}

class BitReader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array, private readonly end: number) {}

  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i += 1) value = value * 2 + this.bit();
    return value;
  }

  readBig(width: number): bigint {
    let value = 0n;
    for (let i = 0; i < width; i += 1) value = (value << 1n) | BigInt(this.bit());
    return value;
  }

  private bit(): number {
    if (this.at >= this.end * 8) throw new Malformed('end of code');
    const byte = this.bytes[this.at >> 3] ?? 0;
    const b = (byte >> (7 - (this.at & 7))) & 1;
    this.at += 1;
    return b;
  }

  /** True when only zero padding is left. */
  done(): boolean {
    if (this.end * 8 - this.at >= 8) return false;
    while (this.at < this.end * 8) if (this.bit() !== 0) return false;
    return true;
  }
}

function writeText(w: BitWriter, text: string, lengthBits: number): void {
  const points = Array.from(text);
  if (points.length >= 2 ** lengthBits) throw new NotEncodable('text too long');
  w.write(points.length, lengthBits);
  for (const ch of points) {
    const base = TEXT_BASE.indexOf(ch);
    const extra = TEXT_EXTRA.indexOf(ch);
    if (base >= 0) w.write(base, 6);
    else if (extra >= 0 && ch.length === 1) {
      w.write(63, 6);
      w.write(0, 1);
      w.write(extra, 5);
    } else {
      w.write(63, 6);
      w.write(1, 1);
      w.write(ch.codePointAt(0) ?? 0, 21);
    }
  }
}

function readText(r: BitReader, lengthBits: number): string {
  const length = r.read(lengthBits);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const symbol = r.read(6);
    if (symbol < 63) text += TEXT_BASE[symbol] ?? '';
    else if (r.read(1) === 0) text += TEXT_EXTRA[r.read(5)] ?? '';
    else {
      const point = r.read(21);
      if (point > 0x10ffff) throw new Malformed('not a code point');
      text += String.fromCodePoint(point);
    }
  }
  return text;
}

function writeId(w: BitWriter, id: string, prefix: string): void {
  const rest = id.startsWith(`${prefix}-`) ? id.slice(prefix.length + 1) : '';
  if (STANDARD_ID.test(rest)) {
    w.write(1, 1);
    let value = 0n;
    for (const ch of rest) value = value * 36n + BigInt(parseInt(ch, 36));
    w.writeBig(value, 104);
  } else {
    w.write(0, 1);
    writeText(w, id, 8);
  }
}

function readId(r: BitReader, prefix: string): string {
  if (r.read(1) === 0) return readText(r, 8);
  let value = r.readBig(104);
  if (value >= 36n ** 20n) throw new Malformed('id out of range');
  let rest = '';
  for (let i = 0; i < 20; i += 1) {
    rest = (value % 36n).toString(36) + rest;
    value /= 36n;
  }
  return `${prefix}-${rest}`;
}

function writeDate(w: BitWriter, iso: string): void {
  const time = Date.parse(iso) - EPOCH;
  if (!Number.isFinite(time) || time < 0 || time >= 2 ** 26 * MINUTE) throw new NotEncodable('date out of range');
  w.write(Math.floor(time / MINUTE), 26);
  w.write(time % MINUTE, 16);
}

function readDate(r: BitReader): string {
  const minutes = r.read(26);
  return new Date(EPOCH + minutes * MINUTE + r.read(16)).toISOString();
}

/** CRC-16/CCITT-FALSE (polynomial 0x1021, start 0xFFFF). */
function crc16(bytes: Uint8Array, end: number): number {
  let crc = 0xffff;
  for (let i = 0; i < end; i += 1) {
    crc ^= (bytes[i] ?? 0) << 8;
    for (let b = 0; b < 8; b += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function hashDigits(bank: Bank): string {
  return (bankHash(bank).split('-')[1] ?? '').slice(0, HASH_DIGITS).padEnd(HASH_DIGITS, '0');
}

const kenmerkIds = (bank: Bank) => bank.areas.flatMap((a) => a.kenmerken.map((k) => k.id));
const statementIds = (bank: Bank) => bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements.map((s) => s.id)));

/** True when the analysis has notes or actions (which the code carries only when they fit). */
export function hasNotesOrActions(analysis: Analysis): boolean {
  return Object.keys(analysis.notes).length > 0 || analysis.actions.length > 0;
}

/**
 * Packs one analysis (made with `bank`) into the compact code's bytes; with `extras` its notes and
 * actions too. Throws NotEncodable when a field cannot be carried.
 */
export function encodeCompactResult(analysis: Analysis, bank: Bank, extras = false): Uint8Array {
  const w = new BitWriter();
  w.write(COMPACT_VERSION, 8);
  for (let i = 0; i < HASH_DIGITS; i += 1) w.write(parseInt(hashDigits(bank)[i] ?? '0', 16), 4);
  writeId(w, analysis.id, 'an');
  const role = ROLES.indexOf(analysis.party.role);
  const mode = MODES.indexOf(analysis.mode);
  if (role < 0 || mode < 0) throw new NotEncodable('unknown role or mode');
  w.write(role, 2);
  w.write(mode, 1);
  w.write(analysis.party.level ? LEVELS.indexOf(analysis.party.level) + 1 : 0, 3);
  writeDate(w, analysis.createdAt);
  writeDate(w, analysis.updatedAt);
  writeText(w, analysis.party.name, 8);
  writeText(w, analysis.partnership, 8);
  const name = analysis.name;
  const byDefault = defaultName({ party: analysis.party, mode: analysis.mode, partnership: analysis.partnership });
  if (name === analysis.party.name) w.write(0, 2);
  else if (name === byDefault) w.write(1, 2);
  else {
    w.write(2, 2);
    writeText(w, name, 8);
  }
  for (const id of statementIds(bank)) {
    const value: AnswerValue | undefined = analysis.answers[id];
    if (value === undefined) w.write(0, 3);
    else if (value === 'unknown') w.write(UNKNOWN, 3);
    else if (Number.isInteger(value) && value >= 1 && value <= 5) w.write(value, 3);
    else throw new NotEncodable('answer off the scale');
  }
  const kenmerken = kenmerkIds(bank);
  const notes = Object.entries(analysis.notes);
  if (!extras || !hasNotesOrActions(analysis)) w.write(0, 1);
  else {
    w.write(1, 1);
    if (notes.length > 255 || analysis.actions.length > 511 || kenmerken.length > 256) throw new NotEncodable('too many notes or actions');
    w.write(notes.length, 8);
    for (const [kenmerkId, note] of notes) {
      const k = kenmerken.indexOf(kenmerkId);
      if (k < 0) throw new NotEncodable('note of an unknown kenmerk');
      w.write(k, 8);
      writeText(w, note, 11);
    }
    w.write(analysis.actions.length, 9);
    for (const action of analysis.actions) {
      const k = kenmerken.indexOf(action.kenmerkId);
      if (k < 0) throw new NotEncodable('action of an unknown kenmerk');
      writeId(w, action.id, 'ac');
      w.write(k, 8);
      writeText(w, action.what, 11);
      writeText(w, action.who, 11);
      writeText(w, action.when, 11);
    }
  }
  const body = w.finish();
  const crc = crc16(body, body.length);
  const out = new Uint8Array(body.length + 2);
  out.set(body);
  out[body.length] = crc >> 8;
  out[body.length + 1] = crc & 0xff;
  return out;
}

const badCode = (): { ok: false; error: ImportError } => fail({ code: 'bad-code' });

/**
 * Unpacks the compact code into the text of a normal result file (one result), for readResultFile.
 * Never throws: a damaged code, a newer code version or another bank gives an ImportError.
 */
export function decodeCompactResult(bytes: Uint8Array, bank: Bank): Result<string, ImportError> {
  try {
    if (bytes.length < 3) return badCode();
    const version = bytes[0] ?? 0;
    if (version === 0) return badCode();
    if (version > COMPACT_VERSION) return fail({ code: 'newer-version', version });
    const end = bytes.length - 2;
    if (crc16(bytes, end) !== ((bytes[end] ?? 0) << 8 | (bytes[end + 1] ?? 0))) return badCode();
    const r = new BitReader(bytes, end);
    r.read(8);
    let digits = '';
    for (let i = 0; i < HASH_DIGITS; i += 1) digits += r.read(4).toString(16);
    if (digits !== hashDigits(bank)) return fail({ code: 'code-other-bank' });
    const id = readId(r, 'an');
    const role = ROLES[r.read(2)];
    const mode = MODES[r.read(1)];
    const levelCode = r.read(3);
    if (!role || !mode || levelCode > LEVELS.length) return badCode();
    const level = levelCode === 0 ? undefined : LEVELS[levelCode - 1];
    const createdAt = readDate(r);
    const updatedAt = readDate(r);
    const partyName = readText(r, 8);
    const partnership = readText(r, 8);
    const nameKind = r.read(2);
    if (nameKind === 3) return badCode();
    const name = nameKind === 0 ? partyName : nameKind === 1 ? defaultName({ party: { name: partyName, role }, mode, partnership }) : readText(r, 8);
    const answers: Record<string, AnswerValue> = {};
    for (const statementId of statementIds(bank)) {
      const code = r.read(3);
      if (code === 7) return badCode();
      if (code !== 0) answers[statementId] = code === UNKNOWN ? 'unknown' : code;
    }
    const kenmerken = kenmerkIds(bank);
    const kenmerk = (index: number) => {
      const found = kenmerken[index];
      if (found === undefined) throw new Malformed('no such kenmerk');
      return found;
    };
    const notes: Record<string, string> = {};
    const actions: ResultV1['actions'] = [];
    if (r.read(1) === 1) {
      const noteCount = r.read(8);
      for (let i = 0; i < noteCount; i += 1) {
        const k = kenmerk(r.read(8));
        notes[k] = readText(r, 11);
      }
      const actionCount = r.read(9);
      for (let i = 0; i < actionCount; i += 1) {
        const actionId = readId(r, 'ac');
        const kenmerkId = kenmerk(r.read(8));
        actions.push({ id: actionId, kenmerkId, what: readText(r, 11), who: readText(r, 11), when: readText(r, 11) });
      }
    }
    if (!r.done()) return badCode();
    const result: ResultV1 = {
      id,
      name,
      party: { name: partyName, role, ...(level ? { level } : {}) },
      mode,
      partnership,
      createdAt,
      updatedAt,
      bank: { id: bank.id, version: bank.version, hash: bankHash(bank) },
      answers,
      notes,
      actions,
    };
    const file: ResultFileV1 = {
      type: RESULT_FILE_TYPE,
      formatVersion: FORMAT_VERSION,
      app: { name: 'bondgenoten-zelfanalyse', version: `qr-${version}` },
      exportedAt: updatedAt,
      results: [result],
    };
    return ok(JSON.stringify(file));
  } catch {
    return badCode();
  }
}

/** The route of a compact code in a link: `<origin><path>#/qr/<base45>`. */
export const QR_ROUTE = '#/qr/';
