/**
 * A text in a PNG: the result file carried inside the exported picture, as an iTXt chunk
 * (PNG 1.2 / ISO 15948 §11.3.4.5): keyword, 0, compression flag 0, method 0, empty language tag,
 * 0, empty translated keyword, 0, then the text in UTF-8, uncompressed.
 *
 * Pure and small on purpose: it runs in the import worker and in the page, on bytes only. The npm
 * PNG-chunk packages (png-chunks-extract / -encode, png-chunk-text, the ones excalidraw uses) are
 * unmaintained for about 8 years and built on Node's Buffer, so this is our own chunk walker and
 * CRC-32. Reading never trusts a length: each one is checked against the buffer, the chunk it
 * returns must have a correct CRC, and nothing larger than the input is allocated.
 */

/** The keyword of the chunk that holds the result file. */
export const RESULT_PNG_KEYWORD = 'bondgenoten-zelfanalyse';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const ITXT = 0x69545874; // "iTXt"
const IEND = 0x49454e44; // "IEND"
/** The PNG specification's largest chunk length (2^31 − 1). */
const MAX_LENGTH = 0x7fffffff;

let crcTable: Uint32Array | null = null;

/** The CRC-32 (ISO 3309, polynomial 0xEDB88320) the PNG format puts after each chunk. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = (crcTable[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Whether the bytes start with the 8-byte PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

function u32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

function putU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = (value >>> 16) & 0xff;
  bytes[at + 2] = (value >>> 8) & 0xff;
  bytes[at + 3] = value & 0xff;
}

/** One chunk's place in the file: where it starts (its length field), its type and data. */
interface Chunk {
  start: number;
  end: number;
  type: number;
  data: number;
  length: number;
}

/**
 * The chunks after the signature, up to and including IEND. A length that runs past the end of
 * the buffer (or a file without IEND) ends the walk with `complete: false`.
 */
function* chunks(png: Uint8Array): Generator<Chunk, boolean> {
  let at: number = SIGNATURE.length;
  while (at + 12 <= png.length) {
    const length = u32(png, at);
    if (length > MAX_LENGTH || length > png.length - at - 12) return false;
    const chunk = { start: at, end: at + 12 + length, type: u32(png, at + 4), data: at + 8, length };
    yield chunk;
    if (chunk.type === IEND) return true;
    at = chunk.end;
  }
  return false;
}

/** UTF-8 without TextEncoder (the core is compiled without DOM types). */
function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    let c = ch.codePointAt(0) ?? 0;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate cannot be encoded
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

/** Strict UTF-8 (overlong forms, surrogates and values past U+10FFFF refused): null when not valid. */
function utf8Decode(bytes: Uint8Array, start: number, end: number): string | null {
  const parts: string[] = [];
  let units: number[] = [];
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let c = 0;
    let min = 0;
    if (b < 0x80) c = b;
    else if (b >= 0xc2 && b <= 0xdf) [need, c, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, c, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, c, min] = [3, b & 0x07, 0x10000];
    else return null;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || i + k >= end || (next & 0xc0) !== 0x80) return null;
      c = (c << 6) | (next & 0x3f);
    }
    if (need > 0 && (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))) return null;
    i += need + 1;
    if (c >= 0x10000) units.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    else units.push(c);
    if (units.length >= 8192) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/** Latin-1 bytes of a keyword: 1–79 printable characters, as the PNG specification demands. */
function keywordBytes(keyword: string): Uint8Array {
  if (!/^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword) || keyword.startsWith(' ') || keyword.endsWith(' ')) {
    throw new RangeError('A PNG keyword is 1–79 Latin-1 characters without leading or trailing space.');
  }
  return Uint8Array.from(keyword, (ch) => ch.charCodeAt(0));
}

/** Whether the iTXt chunk's data starts with this keyword and its terminating zero. */
function hasKeyword(png: Uint8Array, chunk: Chunk, keyword: Uint8Array): boolean {
  if (chunk.length < keyword.length + 1) return false;
  for (let i = 0; i < keyword.length; i++) if (png[chunk.data + i] !== keyword[i]) return false;
  return png[chunk.data + keyword.length] === 0;
}

/**
 * The PNG with `text` in an uncompressed iTXt chunk under `keyword`, just before IEND; an earlier
 * chunk with the same keyword is left out, so embedding twice replaces. Throws when `png` is not
 * a complete PNG.
 */
export function embedText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!isPng(png)) throw new TypeError('Not a PNG.');
  const key = keywordBytes(keyword);
  const kept: Chunk[] = [];
  let iend: Chunk | null = null;
  const walk = chunks(png);
  for (let step = walk.next(); !step.done; step = walk.next()) {
    const chunk = step.value;
    if (chunk.type === IEND) iend = chunk;
    else if (!(chunk.type === ITXT && hasKeyword(png, chunk, key))) kept.push(chunk);
  }
  if (!iend) throw new TypeError('The PNG is incomplete: it has no IEND chunk.');

  const body = utf8Encode(text);
  // keyword, 0, compression flag 0, method 0, language tag "" + 0, translated keyword "" + 0
  const length = key.length + 5 + body.length;
  if (length > MAX_LENGTH) throw new RangeError('The text is too large for one PNG chunk.');
  const chunk = new Uint8Array(12 + length);
  putU32(chunk, 0, length);
  putU32(chunk, 4, ITXT);
  chunk.set(key, 8);
  chunk.set(body, 8 + key.length + 5); // the five bytes between are zero already
  putU32(chunk, 8 + length, crc32(chunk, 4, 8 + length));

  const size = SIGNATURE.length + kept.reduce((n, c) => n + (c.end - c.start), 0) + chunk.length + (iend.end - iend.start);
  const out = new Uint8Array(size);
  out.set(SIGNATURE, 0);
  let at: number = SIGNATURE.length;
  for (const c of kept) {
    out.set(png.subarray(c.start, c.end), at);
    at += c.end - c.start;
  }
  out.set(chunk, at);
  out.set(png.subarray(iend.start, iend.end), at + chunk.length);
  return out;
}

/**
 * The text of the first intact, uncompressed iTXt chunk under `keyword`, or null: not a PNG, no
 * such chunk before IEND, or the chunk is cut off, has a wrong CRC, is compressed or is not UTF-8.
 */
export function readText(png: Uint8Array, keyword: string): string | null {
  if (!isPng(png)) return null;
  const key = keywordBytes(keyword);
  for (const chunk of chunks(png)) {
    if (chunk.type === IEND) return null;
    if (chunk.type !== ITXT || !hasKeyword(png, chunk, key)) continue;
    const end = chunk.data + chunk.length;
    if (crc32(png, chunk.start + 4, end) !== u32(png, end)) continue;
    const at = chunk.data + key.length + 1;
    if (at + 2 > end || png[at] !== 0 || png[at + 1] !== 0) continue; // compressed: we write only uncompressed
    // the language tag and the translated keyword, each ended by a zero byte
    const language = png.subarray(at + 2, end).indexOf(0);
    if (language < 0) continue;
    const translated = png.subarray(at + 3 + language, end).indexOf(0);
    if (translated < 0) continue;
    const text = utf8Decode(png, at + 4 + language + translated, end);
    if (text !== null) return text;
  }
  return null;
}
