import { LIMITS } from '../core/resultFile/format';
import { decodeLink, LinkError } from './linkCodec';
import { isPng, readText, RESULT_PNG_KEYWORD } from '../core/resultFile/pngText';
import { tooLarge, type ImportError } from '../core/resultFile/importError';
import type { ImportInput } from './types';
import type { Bank } from '../core/bank/types';

/** The most files one import takes. */
export const MAX_FILES = 200;

/** A file's text, or why it could not be read. */
export type ReadInput = { name: string; text: string } | { name: string; error: ImportError };

/** Strict UTF-8 (a UTF-8 BOM is dropped): other encodings and binary files are refused, not guessed at. */
function decodeUtf8(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * Reads input `index` of the `chosen` ones (in the import worker), refusing what is too large
 * before reading it. A QR code's link needs the bank: its answers are in the bank's order.
 */
export async function readInput(input: ImportInput, index: number, bank?: Bank, chosen = index + 1): Promise<ReadInput> {
  const name = input.kind === 'file' ? input.file.name : input.name;
  if (index >= MAX_FILES) return { name, error: { code: 'too-many-files', count: chosen, limit: MAX_FILES } };
  if (input.kind === 'link') {
    try {
      return { name, text: await decodeLink(input.payload, bank) };
    } catch (error) {
      // Too long, too large unpacked, or a QR code that is not ours; anything else is a broken link.
      return { name, error: error instanceof LinkError ? error.error : { code: 'bad-code' } };
    }
  }
  if (input.file.size > LIMITS.bytes) return { name, error: tooLarge(input.file.size) };
  try {
    const bytes = await input.file.arrayBuffer();
    const view = new Uint8Array(bytes);
    // A picture saved with "Plaatje opslaan" carries the result file in a PNG text chunk.
    if (isPng(view)) {
      const text = readText(view, RESULT_PNG_KEYWORD);
      return text === null ? { name, error: { code: 'png-without-result' } } : { name, text };
    }
    return { name, text: decodeUtf8(bytes) };
  } catch {
    return { name, error: { code: 'not-json' } };
  }
}
