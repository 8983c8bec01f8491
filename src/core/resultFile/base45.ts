/** RFC 9285: text the QR code's alphanumeric mode can hold (5.5 bits a character). */
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** Bytes as base45 text (RFC 9285): two bytes as three characters, a last single byte as two. */
export function toBase45(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 2) {
    if (i + 1 < bytes.length) {
      const n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
      out += (BASE45[n % 45] ?? '') + (BASE45[Math.floor(n / 45) % 45] ?? '') + (BASE45[Math.floor(n / 2025)] ?? '');
    } else {
      const n = bytes[i] ?? 0;
      out += (BASE45[n % 45] ?? '') + (BASE45[Math.floor(n / 45)] ?? '');
    }
  }
  return out;
}

/** Base45 text back to bytes, or null when it is not valid base45. */
export function fromBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let at = 0;
  for (let i = 0; i < text.length; i += 3) {
    const c = BASE45.indexOf(text[i] ?? '');
    const d = BASE45.indexOf(text[i + 1] ?? '');
    if (c < 0 || d < 0) return null;
    if (i + 2 < text.length) {
      const e = BASE45.indexOf(text[i + 2] ?? '');
      if (e < 0) return null;
      const n = c + d * 45 + e * 2025;
      if (n > 0xffff) return null;
      out[at++] = n >> 8;
      out[at++] = n & 0xff;
    } else {
      const n = c + d * 45;
      if (n > 0xff) return null;
      out[at++] = n;
    }
  }
  return out;
}
