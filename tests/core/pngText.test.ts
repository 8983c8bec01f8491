import { describe, expect, it } from 'vitest';
import { crc32, embedText, isPng, readText, RESULT_PNG_KEYWORD } from '../../src/core/resultFile/pngText';

const KEY = RESULT_PNG_KEYWORD;
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string) => new TextEncoder().encode(s);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function u32(n: number): Uint8Array {
  return Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

/** One chunk: length, type, data, CRC over type and data. */
function chunk(type: string, data: Uint8Array, crc?: number): Uint8Array {
  const typed = concat(latin1(type), data);
  return concat(u32(data.length), typed, u32(crc ?? crc32(typed)));
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
// A valid 1×1 greyscale PNG: IHDR, IDAT (zlib, one stored block with the filter byte and the pixel), IEND.
const IHDR = chunk('IHDR', concat(u32(1), u32(1), Uint8Array.of(8, 0, 0, 0, 0)));
const IDAT = chunk('IDAT', Uint8Array.of(0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01));
const IEND = chunk('IEND', new Uint8Array(0));
const PNG = concat(SIGNATURE, IHDR, IDAT, IEND);

/** An iTXt chunk's data: keyword, 0, compression flag and method, language tag, translated keyword, text. */
function itxtData(keyword: string, text: Uint8Array, compressed = 0): Uint8Array {
  return concat(latin1(keyword), Uint8Array.of(0, compressed, 0), latin1('nl'), Uint8Array.of(0), utf8('kracht'), Uint8Array.of(0), text);
}

describe('the CRC-32 of PNG chunks', () => {
  it('gives the published check value and the CRC every IEND chunk carries', () => {
    expect(crc32(latin1('123456789'))).toBe(0xcbf43926);
    expect(crc32(latin1('IEND'))).toBe(0xae426082);
  });
});

describe('a text in a PNG', () => {
  it('recognises a PNG by its signature', () => {
    expect(isPng(PNG)).toBe(true);
    expect(isPng(utf8('{"type":"bondgenoten-zelfanalyse/results"}'))).toBe(false);
    expect(isPng(SIGNATURE.subarray(0, 7))).toBe(false);
  });

  it('round-trips a text, also beyond ASCII, just before IEND and leaving the rest alone', () => {
    const text = '{"name":"Gemeente Één — “bondgenoot” 🤝 中文, Zoë"}';
    const out = embedText(PNG, KEY, text);
    expect(readText(out, KEY)).toBe(text);
    expect(out.subarray(0, SIGNATURE.length + IHDR.length + IDAT.length)).toEqual(PNG.subarray(0, SIGNATURE.length + IHDR.length + IDAT.length));
    expect(out.subarray(out.length - IEND.length)).toEqual(IEND);
    const itxt = out.subarray(SIGNATURE.length + IHDR.length + IDAT.length, out.length - IEND.length);
    expect(itxt.subarray(4, 8)).toEqual(latin1('iTXt'));
    expect(itxt.subarray(8, 8 + KEY.length + 5)).toEqual(concat(latin1(KEY), Uint8Array.of(0, 0, 0, 0, 0)));
    expect(readText(embedText(PNG, KEY, ''), KEY)).toBe('');
  });

  it('replaces its own chunk when embedding again, and keeps chunks under other keywords', () => {
    const other = embedText(PNG, 'Comment', 'iets anders');
    const twice = embedText(embedText(other, KEY, 'eerst'), KEY, 'daarna');
    expect(readText(twice, KEY)).toBe('daarna');
    expect(readText(twice, 'Comment')).toBe('iets anders');
    expect(twice.length).toBe(embedText(other, KEY, 'daarna').length);
  });

  it('gives null for a PNG without our chunk, for another keyword and for what is no PNG', () => {
    expect(readText(PNG, KEY)).toBeNull();
    expect(readText(embedText(PNG, 'bondgenoten-zelfanalyse-2', 'x'), KEY)).toBeNull();
    expect(readText(embedText(PNG, 'bondgenoten', 'x'), KEY)).toBeNull();
    expect(readText(utf8('{"a":1}'), KEY)).toBeNull();
    expect(readText(new Uint8Array(0), KEY)).toBeNull();
  });

  it('gives null for a truncated file, cut anywhere in our chunk', () => {
    const out = embedText(PNG, KEY, 'Resultaat');
    const start = SIGNATURE.length + IHDR.length + IDAT.length;
    for (let cut = start; cut < out.length - IEND.length; cut++) expect(readText(out.subarray(0, cut), KEY)).toBeNull();
  });

  it('gives null when the CRC is wrong or one byte of the text changed', () => {
    const out = embedText(PNG, KEY, 'Resultaat');
    const crcAt = out.length - IEND.length - 4;
    const badCrc = out.slice();
    badCrc[crcAt] = (badCrc[crcAt] ?? 0) ^ 0xff;
    expect(readText(badCrc, KEY)).toBeNull();
    const badText = out.slice();
    badText[crcAt - 1] = 0x58;
    expect(readText(badText, KEY)).toBeNull();
  });

  it('gives null, without reading or allocating past the end, for a length that points past the end', () => {
    const itxt = chunk('iTXt', itxtData(KEY, utf8('x')));
    const huge = itxt.slice();
    huge.set(u32(0x7ffffff0), 0);
    expect(readText(concat(SIGNATURE, IHDR, huge, IEND), KEY)).toBeNull();
    const past = itxt.slice();
    past.set(u32(itxt.length), 0);
    expect(readText(concat(SIGNATURE, IHDR, past, IEND), KEY)).toBeNull();
    const overflow = itxt.slice();
    overflow.set(u32(0xffffffff), 0);
    expect(readText(concat(SIGNATURE, IHDR, overflow, IEND), KEY)).toBeNull();
  });

  it('reads a chunk written by another tool (language tag, translated keyword), and only before IEND', () => {
    const itxt = chunk('iTXt', itxtData(KEY, utf8('{"ë":1}')));
    expect(readText(concat(SIGNATURE, IHDR, itxt, IDAT, IEND), KEY)).toBe('{"ë":1}');
    expect(readText(concat(SIGNATURE, IHDR, IDAT, IEND, itxt), KEY)).toBeNull();
  });

  it('treats a compressed iTXt, a chunk without its zero separators and text that is not UTF-8 as not ours', () => {
    expect(readText(concat(SIGNATURE, IHDR, chunk('iTXt', itxtData(KEY, utf8('x'), 1)), IEND), KEY)).toBeNull();
    expect(readText(concat(SIGNATURE, IHDR, chunk('iTXt', concat(latin1(KEY), Uint8Array.of(0, 0, 0))), IEND), KEY)).toBeNull();
    expect(readText(concat(SIGNATURE, IHDR, chunk('iTXt', concat(latin1(KEY), Uint8Array.of(0, 0))), IEND), KEY)).toBeNull();
    for (const bad of [[0xff], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
      expect(readText(concat(SIGNATURE, IHDR, chunk('iTXt', itxtData(KEY, Uint8Array.from(bad))), IEND), KEY)).toBeNull();
    }
    // a tEXt chunk with our keyword is not ours either
    expect(readText(concat(SIGNATURE, IHDR, chunk('tEXt', concat(latin1(KEY), Uint8Array.of(0), latin1('x'))), IEND), KEY)).toBeNull();
  });

  it('decodes long texts and characters outside the BMP exactly as UTF-8 does', () => {
    const text = 'ab€😀'.repeat(20_000);
    expect(readText(embedText(PNG, KEY, text), KEY)).toBe(text);
    expect(readText(embedText(PNG, KEY, 'a\uD800b'), KEY)).toBe('a\uFFFDb');
  });

  it('refuses to embed into what is no complete PNG, or under a keyword PNG does not allow', () => {
    expect(() => embedText(utf8('{}'), KEY, 'x')).toThrow();
    expect(() => embedText(PNG.subarray(0, PNG.length - 1), KEY, 'x')).toThrow();
    expect(() => embedText(PNG, '', 'x')).toThrow();
    expect(() => embedText(PNG, 'k'.repeat(80), 'x')).toThrow();
  });
});
