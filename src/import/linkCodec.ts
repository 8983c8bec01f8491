import { decodeCompactResult } from '../core/resultFile/compactResult';
import { fromBase45 } from '../core/resultFile/base45';
import { megabytes, type ImportError } from '../core/resultFile/importError';
import type { Bank } from '../core/bank/types';

/** The route a shared link opens: the data follows it in the #fragment, so it never reaches a server. */
export const LINK_PREFIX = '#/ontvang/';
/** The largest payload (characters) and unpacked size (bytes) a link may carry. */
export const MAX_PAYLOAD = 300_000;
const MAX_UNPACKED = 2 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Packs a result file's text into a link fragment (deflate, then base64url). */
export async function encodeLink(fileText: string, base: string): Promise<string> {
  const packed = await pipe(new TextEncoder().encode(fileText), new CompressionStream('deflate-raw'), MAX_UNPACKED);
  return `${base}${LINK_PREFIX}${toBase64Url(packed)}`;
}

/** A link payload of a QR code (`#/qr/<base45>`), as the route hands it over: `qr:` and the fragment's text. */
export const QR_PAYLOAD_PREFIX = 'qr:';
/** The most characters a QR payload may have: QR version 40 holds 4,296, percent-encoding may triple them. */
export const MAX_QR_PAYLOAD = 3 * 4296;

/** A link that was read but refused, with the reason to show. */
export class LinkError extends Error {
  constructor(readonly error: ImportError) {
    super(error.code);
  }
}

/**
 * The readings of a base45 payload taken from a fragment: as it is, with only `%20` as a space (what
 * browsers and URL parsers do to a space in a fragment), and fully percent-decoded (what some
 * scanner apps do). The CRC in the code tells which reading is right.
 */
function readings(text: string): string[] {
  const found = [text, text.replace(/%20/g, ' ')];
  try {
    found.push(decodeURIComponent(text));
  } catch {
    // not percent-encoded
  }
  return [...new Set(found)];
}

/** Reads a QR payload (base45 of the compact code) into file text; throws a LinkError when it is refused. */
function decodeQr(text: string, bank: Bank | undefined): string {
  if (text.length > MAX_QR_PAYLOAD) throw tooLong(text.length, MAX_QR_PAYLOAD);
  if (!bank) throw new LinkError({ code: 'bad-code' });
  let first: ImportError | undefined;
  for (const reading of readings(text)) {
    const bytes = fromBase45(reading);
    if (!bytes) continue;
    const decoded = decodeCompactResult(bytes, bank);
    if (decoded.ok) return decoded.value;
    // A reading that passed the CRC but is refused (newer version, other bank) is the answer.
    if (decoded.error.code !== 'bad-code') throw new LinkError(decoded.error);
    first ??= decoded.error;
  }
  throw new LinkError(first ?? { code: 'bad-code' });
}

/** A link with more characters than it may have: how many, and the most allowed. */
function tooLong(count: number, limit: number): LinkError {
  return new LinkError({ code: 'link-too-long', count, limit });
}

/**
 * Unpacks a link fragment back into file text. A QR payload (`qr:…`) needs the bank (its answers
 * are in bank order). Throws a LinkError when the link is refused for a reason to show (too long,
 * unpacks too large, a QR code that is not ours), any other error when it is not a valid link.
 */
export async function decodeLink(payload: string, bank?: Bank): Promise<string> {
  if (payload.startsWith(QR_PAYLOAD_PREFIX)) return decodeQr(payload.slice(QR_PAYLOAD_PREFIX.length), bank);
  if (payload.length > MAX_PAYLOAD) throw tooLong(payload.length, MAX_PAYLOAD);
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) throw new Error('bad link');
  let bytes: Uint8Array;
  try {
    bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'), MAX_UNPACKED);
  } catch (error) {
    if (error instanceof RangeError) throw new LinkError({ code: 'link-too-large', limit: megabytes(MAX_UNPACKED) });
    throw error;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
