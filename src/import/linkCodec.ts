/** The route a shared link opens: the data follows it in the #fragment, so it never reaches a server. */
export const LINK_PREFIX = '#/ontvang/';
/** The largest payload (characters) and unpacked size (bytes) a link may carry. */
const MAX_PAYLOAD = 300_000;
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

/** Unpacks a link fragment back into file text; throws a RangeError when it is too large, an Error when it is not a valid link. */
export async function decodeLink(payload: string): Promise<string> {
  if (payload.length > MAX_PAYLOAD) throw new RangeError('too large');
  if (!/^[A-Za-z0-9_-]+$/.test(payload)) throw new Error('bad link');
  const bytes = await pipe(fromBase64Url(payload), new DecompressionStream('deflate-raw'), MAX_UNPACKED);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
