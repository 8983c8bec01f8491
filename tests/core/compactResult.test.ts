import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { create } from 'qrcode';
import { decodeCompactResult, encodeCompactResult, NotEncodable } from '../../src/core/resultFile/compactResult';
import { fromBase45, toBase45 } from '../../src/core/resultFile/base45';
import { parseResultFile, indexBank } from '../../src/core/resultFile/readFile';
import { createAnalysis, LEVELS, MODES, NAME_MAX, ROLES, type Analysis, type AnswerValue } from '../../src/core/analysis';
import { newActionId, newAnalysisId } from '../../src/core/ids';
import { decodeLink, MAX_QR_PAYLOAD, QR_PAYLOAD_PREFIX } from '../../src/import/linkCodec';
import { readInput } from '../../src/import/readInput';
import { parseRoute, hrefFor } from '../../src/ui/shell/route';
import { qrPath, qrSegments, resultQr, QR_MAX_VERSION } from '../../src/ui/export/qrImage';
import { allStatementIds, at, loadBank, withAnswer } from './helpers';

const bank = loadBank();
const index = indexBank(bank);
const statementIds = allStatementIds(bank);
const kenmerkIds = bank.areas.flatMap((a) => a.kenmerken.map((k) => k.id));
const NOW = new Date('2026-11-23T12:00:00.000Z');
const T0 = new Date('2026-11-20T09:13:27.481Z');
const T1 = new Date('2026-11-21T16:42:05.009Z');
const BASE = 'https://bondgenoten.example.nl/';

/** A full analysis: every statement answered, every seventh "weet ik niet". */
function full(name = 'X'.repeat(NAME_MAX), partnership = ''): Analysis {
  let a = createAnalysis({ party: { name, role: 'burger', level: 'gemengd' }, mode: 'together', partnership }, bank, newAnalysisId(), T0);
  statementIds.forEach((sid, i) => {
    a = withAnswer(a, sid, i % 7 === 3 ? 'unknown' : (i % 5) + 1, T1);
  });
  return a;
}

/** What the code carries, as it comes back through the file reader. */
function viaCode(a: Analysis, extras = false): Analysis {
  const decoded = decodeCompactResult(encodeCompactResult(a, bank, extras), bank);
  if (!decoded.ok) throw new Error(`decode refused: ${JSON.stringify(decoded.error)}`);
  const read = parseResultFile(decoded.value, bank, index, NOW);
  if (!read.ok) throw new Error(`import refused: ${JSON.stringify(read.error)}`);
  return at(read.value.results, 0);
}

const carried = (a: Analysis, extras = false) => ({
  id: a.id, name: a.name, party: a.party, mode: a.mode, partnership: a.partnership, createdAt: a.createdAt, updatedAt: a.updatedAt,
  answers: a.answers, notes: extras ? a.notes : {}, actions: extras ? a.actions : [],
});

describe('QR code size', () => {
  it('a full analysis with the longest party name fits in version 10 at level M', () => {
    const a = full();
    const payload = toBase45(encodeCompactResult(a, bank));
    const version = create(qrSegments(BASE.replace(/\/$/, '/'), payload), { errorCorrectionLevel: 'M' }).version;
    // measured: printed so the README can quote it
    console.info(`compact code: ${encodeCompactResult(a, bank).length} bytes, ${payload.length} base45 characters, QR version ${version}`);
    expect(version).toBeLessThanOrEqual(10);
    expect(resultQr(BASE, a, bank).version).toBeLessThanOrEqual(10);
  });

  it('a longest name with accents and punctuation, or a name and a partnership of 50 each, still fit in version 10', () => {
    const name = 'Stichting Welzijn Zuidwaarde — coöperatie ’s-Hertogenbosch & Zuid-Holland (Wmo-raad)! '.repeat(3).slice(0, NAME_MAX).trim();
    expect(resultQr(BASE, full(name), bank).version).toBeLessThanOrEqual(10);
    const both = full('Stichting Welzijn en Zorg Zuidwaarde-Oost en Noord', 'Bondgenootschap Zuidwaarde, wijken Oost en Noord 2');
    expect(resultQr(BASE, both, bank).version).toBeLessThanOrEqual(10);
  });

  it('leaves out notes and actions that do not fit, and says so', () => {
    const a = { ...full(), notes: { [at(kenmerkIds, 0)]: 'Een lange notitie. '.repeat(100) } };
    const qr = resultQr(BASE, a, bank);
    expect(qr.omitted).toBe(true);
    expect(qr.version).toBeLessThanOrEqual(QR_MAX_VERSION);
    const small = { ...full('Wijkteam'), notes: { [at(kenmerkIds, 0)]: 'Kort.' } };
    expect(resultQr(BASE, small, bank)).toMatchObject({ omitted: false });
  });

  it('draws every dark module once, with a quiet zone', () => {
    const path = qrPath({ size: 3, dark: [true, true, false, false, false, false, false, true, true] }, 4);
    expect(path).toBe('M4 4h2v1h-2zM5 6h2v1h-2z');
  });
});

describe('compact code', () => {
  it('round-trips a full analysis through the normal file reader', () => {
    const a = full('Welzijn Zuidwaarde', 'Wijk Oost');
    expect(carried(viaCode(a))).toEqual(carried(a));
  });

  it('carries notes and actions when asked', () => {
    const a: Analysis = {
      ...full('Gemeente Zuidwaarde'),
      notes: { [at(kenmerkIds, 2)]: 'Eerst intern op orde.\nDaarna de partners — “echt”. 👍' },
      actions: [{ id: newActionId(), kenmerkId: at(kenmerkIds, 5), what: 'Bewonersavond', who: 'Wijkteam', when: 'Q3' }, { id: 'ac-1', kenmerkId: at(kenmerkIds, 0), what: 'x', who: '', when: '' }],
    };
    expect(carried(viaCode(a, true), true)).toEqual(carried(a, true));
    expect(viaCode(a, false).notes).toEqual({});
  });

  it('refuses another bank, a newer code version and a damaged code', () => {
    const bytes = encodeCompactResult(full(), bank);
    const other = { ...bank, thresholds: { ...bank.thresholds, witteVlekBelow: 2.5 } };
    expect(decodeCompactResult(bytes, other)).toEqual({ ok: false, error: { code: 'code-other-bank' } });
    const newer = Uint8Array.from(bytes);
    newer[0] = 2;
    expect(decodeCompactResult(newer, bank)).toEqual({ ok: false, error: { code: 'newer-version', version: 2 } });
    const damaged = Uint8Array.from(bytes);
    damaged[40] = (damaged[40] ?? 0) ^ 4;
    expect(decodeCompactResult(damaged, bank)).toEqual({ ok: false, error: { code: 'bad-code' } });
    expect(decodeCompactResult(bytes.slice(0, 30), bank)).toEqual({ ok: false, error: { code: 'bad-code' } });
  });

  it('refuses what it cannot carry', () => {
    expect(() => encodeCompactResult({ ...full(), createdAt: '1999-12-31T23:59:00.000Z' }, bank)).toThrow(NotEncodable);
    expect(() => encodeCompactResult({ ...full(), answers: { [at(statementIds, 0)]: 9 } }, bank)).toThrow(NotEncodable);
  });

  it('base45 follows RFC 9285', () => {
    const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    expect(toBase45(ascii('AB'))).toBe('BB8');
    expect(toBase45(ascii('Hello!!'))).toBe('%69 VD92EX0');
    expect(toBase45(ascii('base-45'))).toBe('UJCLQE7W581');
    expect(fromBase45('QED8WEX0')).toEqual(ascii('ietf!'));
    expect(fromBase45('GGW')).toBeNull(); // 65536 and more is not a value of two bytes
    expect(fromBase45('abc')).toBeNull();
  });
});

describe('fuzzing the compact code', () => {
  const text = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.trim() || 'x');
  const answer: fc.Arbitrary<AnswerValue | undefined> = fc.oneof(fc.constant(undefined), fc.constant('unknown' as const), fc.integer({ min: 1, max: 5 }));
  const date = fc.integer({ min: Date.UTC(2000, 0, 1), max: NOW.getTime() }).map((t) => new Date(t).toISOString());
  const analysis = fc
    .record({
      id: fc.oneof(fc.constant(null), fc.stringMatching(/^an(-[a-z0-9]{1,8}){1,3}$/)),
      name: text,
      partnership: fc.string({ unit: 'grapheme', maxLength: 30 }),
      role: fc.constantFrom(...ROLES),
      mode: fc.constantFrom(...MODES),
      level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
      createdAt: date,
      updatedAt: date,
      answers: fc.array(answer, { minLength: statementIds.length, maxLength: statementIds.length }),
      notes: fc.dictionary(fc.constantFrom(...kenmerkIds), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 50 })),
      actions: fc.array(fc.record({ kenmerkId: fc.constantFrom(...kenmerkIds), what: fc.string({ minLength: 1, maxLength: 30 }), who: fc.string({ maxLength: 20 }), when: fc.string({ maxLength: 10 }) }), { maxLength: 3 }),
      ownName: fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }),
    })
    .map((r): Analysis => {
      const answers: Record<string, AnswerValue> = {};
      r.answers.forEach((v, i) => {
        if (v !== undefined) answers[at(statementIds, i)] = v;
      });
      return {
        id: r.id ?? newAnalysisId(),
        name: r.ownName ?? r.name,
        bankId: bank.id,
        bankVersion: bank.version,
        party: { name: r.name, role: r.role, ...(r.level ? { level: r.level } : {}) },
        mode: r.mode,
        partnership: r.partnership,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        answers,
        notes: r.notes,
        actions: r.actions.map((x) => ({ ...x, id: newActionId() })),
        areaIndex: 0,
      };
    });

  it('decode(encode(a)) gives back every field the code carries', () => {
    fc.assert(
      fc.property(analysis, fc.boolean(), (a, extras) => {
        const decoded = decodeCompactResult(fromBase45(toBase45(encodeCompactResult(a, bank, extras))) ?? new Uint8Array(), bank);
        expect(decoded.ok).toBe(true);
        if (!decoded.ok) return;
        const r = at((JSON.parse(decoded.value) as { results: Record<string, unknown>[] }).results, 0);
        expect(r).toMatchObject({
          id: a.id, name: a.name, party: a.party, mode: a.mode, partnership: a.partnership, createdAt: a.createdAt, updatedAt: a.updatedAt,
          answers: a.answers, notes: extras ? a.notes : {}, actions: extras ? a.actions : [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random bytes or text', async () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const withVersion = Uint8Array.from(bytes);
        if (withVersion.length > 0) withVersion[0] = 1;
        for (const b of [bytes, withVersion]) expect(typeof decodeCompactResult(b, bank).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), async (s) => {
        expect(() => fromBase45(s)).not.toThrow();
        const read = await readInput({ kind: 'link', name: 'qr', payload: `${QR_PAYLOAD_PREFIX}${s}` }, 0, bank);
        expect('error' in read).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a QR link', () => {
  const a = full('Welzijn Zuidwaarde');
  const link = resultQr(BASE, a, bank).link;
  const payloadOf = (hash: string) => {
    const route = parseRoute(hash);
    if (route.screen !== 'receive') throw new Error(`not a receive route: ${hash}`);
    return route.payload;
  };

  it('opens the receive route, and back', () => {
    const hash = link.slice(BASE.length);
    expect(hash.startsWith('#/qr/')).toBe(true);
    expect(hrefFor({ screen: 'receive', payload: payloadOf(hash) })).toBe(hash);
  });

  it('is read whether the fragment came raw, with spaces as %20, or fully percent-encoded', async () => {
    const hash = link.slice(BASE.length);
    for (const variant of [hash, new URL(link).hash, hash.replace(/%/g, '%25').replace(/ /g, '%20')]) {
      const text = await decodeLink(payloadOf(variant), bank);
      const read = parseResultFile(text, bank, index, NOW);
      expect(read.ok && carried(at(read.value.results, 0))).toEqual(carried(a));
    }
  });

  it('makes hostile names inert like a file does, and refuses oversized codes', async () => {
    const hostile = full('\u202Eevil\u2066<script>alert(1)</script>\u0007', '\u200F\u202A');
    const text = await decodeLink(payloadOf(resultQr(BASE, hostile, bank).link.slice(BASE.length)), bank);
    const read = parseResultFile(text, bank, index, NOW);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(at(read.value.results, 0).party.name).toBe('evil<script>alert(1)</script>');
    expect(at(read.value.results, 0).partnership).toBe('');
    const blank = { ...full(), name: '\u202E', party: { name: '\u202E\u202C', role: 'gemeente' as const } };
    const refused = parseResultFile(await decodeLink(`qr:${toBase45(encodeCompactResult(blank, bank))}`, bank), bank, index, NOW);
    expect(refused.ok).toBe(false);
    expect(await readInput({ kind: 'link', name: 'qr', payload: `qr:${'0'.repeat(20_000)}` }, 0, bank)).toEqual({ name: 'qr', error: { code: 'link-too-long', count: 20_000, limit: MAX_QR_PAYLOAD } });
    expect(await readInput({ kind: 'link', name: 'qr', payload: 'qr:ABC' }, 0)).toEqual({ name: 'qr', error: { code: 'bad-code' } });
  });
});
