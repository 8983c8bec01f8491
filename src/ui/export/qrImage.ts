import { create, type QRCodeSegment } from 'qrcode';
import { encodeCompactResult, hasNotesOrActions, QR_ROUTE } from '../../core/resultFile/compactResult';
import { toBase45 } from '../../core/resultFile/base45';
import type { Analysis } from '../../core/analysis';
import type { Bank } from '../../core/bank/types';

/** The largest QR version a result is shown in with its notes and actions (57×57: scannable across a table). */
export const QR_MAX_VERSION = 10;

/** A QR code of one result: its modules row by row (true = dark), its size, its version, and what was left out. */
export interface QrImage {
  size: number;
  dark: boolean[];
  version: number;
  link: string;
  /** Notes and actions did not fit and are not in the code. */
  omitted: boolean;
}

/**
 * The QR code's segments: the app's address and route as bytes, the base45 payload as QR
 * alphanumeric text (5.5 bits a character), so the link costs as little as possible.
 */
export function qrSegments(base: string, payload: string): QRCodeSegment[] {
  return [
    { data: new TextEncoder().encode(`${base}${QR_ROUTE}`), mode: 'byte' },
    { data: payload, mode: 'alphanumeric' },
  ];
}

function build(base: string, analysis: Analysis, bank: Bank, extras: boolean): QrImage {
  const payload = toBase45(encodeCompactResult(analysis, bank, extras));
  const qr = create(qrSegments(base, payload), { errorCorrectionLevel: 'M' });
  const dark = Array.from({ length: qr.modules.size * qr.modules.size }, (_, i) => Boolean(qr.modules.data[i]));
  return { size: qr.modules.size, dark, version: qr.version, link: `${base}${QR_ROUTE}${payload}`, omitted: false };
}

/**
 * The QR code of one result for the link base `base` (origin + path). Notes and actions go in
 * only when the code then stays at version QR_MAX_VERSION or lower. Throws when the result
 * cannot be put in a QR code at all.
 */
export function resultQr(base: string, analysis: Analysis, bank: Bank): QrImage {
  if (hasNotesOrActions(analysis)) {
    try {
      const full = build(base, analysis, bank, true);
      if (full.version <= QR_MAX_VERSION) return full;
    } catch {
      // too large for any QR code: try without notes and actions
    }
    return { ...build(base, analysis, bank, false), omitted: true };
  }
  return build(base, analysis, bank, false);
}

/** The dark modules as one SVG path (one `h` run per stretch of dark modules), offset by a quiet zone of `margin`. */
export function qrPath(image: Pick<QrImage, 'size' | 'dark'>, margin: number): string {
  const parts: string[] = [];
  for (let y = 0; y < image.size; y += 1) {
    let x = 0;
    while (x < image.size) {
      if (!image.dark[y * image.size + x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < image.size && image.dark[y * image.size + x]) x += 1;
      parts.push(`M${start + margin} ${y + margin}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join('');
}
