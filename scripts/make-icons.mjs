// Draws the app icons (a white web diagram on the app blue) as PNG files in public/icons/.
// Run once after changing the design: `node scripts/make-icons.mjs`. No image tools needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x1f, 0x5f, 0xa8];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x += 1) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i, i += 1) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}
/** A 7-point web shape with the given radii (fractions of r), centred at (c, c). */
function web(c, r, radii = [1, 0.62, 0.9, 0.55, 0.95, 0.7, 0.85]) {
  return radii.map((f, i) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / radii.length;
    return [c + Math.cos(angle) * r * f, c + Math.sin(angle) * r * f];
  });
}
function icon(size, maskable) {
  const c = size / 2;
  const r = size * (maskable ? 0.3 : 0.38);
  const shape = web(c, r);
  const even = (f) => web(c, r * f, Array(7).fill(1));
  const stroke = Math.max(1.5, size * 0.012);
  const ring = (f, x, y) => inside(even(f), x, y) && !inside(even(f - stroke / r), x, y);
  const LIGHT = [0x9f, 0xbf, 0xe3];
  const corner = maskable ? 0 : size * 0.18;
  return png(size, (x, y) => {
    const dx = Math.max(corner - x, x - (size - corner), 0);
    const dy = Math.max(corner - y, y - (size - corner), 0);
    if (corner > 0 && dx * dx + dy * dy > corner * corner) return [0, 0, 0, 0];
    if (inside(shape, x, y)) return [...WHITE, 255];
    if (ring(1, x, y) || ring(0.5, x, y)) return [...LIGHT, 255];
    return [...BLUE, 255];
  });
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, false));
writeFileSync('public/icons/icon-512.png', icon(512, false));
writeFileSync('public/icons/icon-maskable-512.png', icon(512, true));
writeFileSync('public/icons/apple-touch-icon-180.png', icon(180, true));
console.log('icons written to public/icons/');
