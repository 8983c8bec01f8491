import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/bank-1.0.0-statements.json';
import { loadBank, rawBank } from './helpers';
import { statementText } from '../../src/core/bank/localText';
import { questionnaireSize } from '../../src/core/scoring/progress';
import { ROLES } from '../../src/core/analysis';
import { BANK_ROLES } from '../../src/core/bank/types';

/** Issue 13: every axis means the same for every party, and nothing the source names is missing. */
const bank = loadBank();
const kenmerken = bank.areas.flatMap((a) => a.kenmerken);
const statements = kenmerken.flatMap((k) => k.statements);
const previous = v1 as { version: string; statements: Record<string, { kenmerk: string; text: { nl: string; en: string }; ownWording: string[] }> };

describe('one construct per statement, for every role', () => {
  it('no statement has a wording of its own for a role (the bank has no roleText)', () => {
    expect(JSON.stringify(rawBank())).not.toContain('"roleText"');
  });

  it.each(statements.map((s) => [s.id, s] as const))('%s: each role reads the base text with only "{org}" filled in', (_id, s) => {
    for (const lang of ['nl', 'en'] as const) {
      const parts = s.text[lang].split(/\{(?:org|Org)\}/);
      for (const role of ROLES) {
        const read = statementText(s, role, lang, bank);
        const subject = bank.subject[role][lang];
        // Rebuild what the role reads from the base parts and the subject: anything else would differ.
        let rebuilt = parts[0]!;
        const slots = [...s.text[lang].matchAll(/\{(org|Org)\}/g)];
        slots.forEach((m, i) => (rebuilt += (m[1] === 'Org' ? subject[0]!.toUpperCase() + subject.slice(1) : subject) + parts[i + 1]!));
        expect(read).toBe(rebuilt);
        expect(read).not.toMatch(/[{}]/);
      }
    }
  });

  it('statements never speak as "ik" and never of one role as someone else', () => {
    const bad = statements.filter((s) => /\b(ik|mijn|mij)\b/i.test(s.text.nl) || /\b(I|my|me)\b/.test(s.text.en));
    expect(bad.map((s) => s.id)).toEqual([]);
  });

  it('kenmerk explanations are role-neutral', () => {
    const bad = kenmerken.filter((k) => /\b(voor|als) (een )?(burger|gemeente|instelling|bewoner)s?\b/i.test(k.explanation.nl) || /\bfor a (citizen|municipality|institution)\b/i.test(k.explanation.en));
    expect(bad.map((k) => k.id)).toEqual([]);
  });
});

describe('coverage', () => {
  it('at most 64 statements; the size shown to users is computed from the bank', () => {
    expect(statements.length).toBeLessThanOrEqual(64);
    const size = questionnaireSize(bank);
    expect(size.statements).toBe(statements.length);
    expect(size.areas).toBe(4);
    expect(size.minutes % 5).toBe(0);
    expect(size.minutes).toBeGreaterThanOrEqual(10);
  });

  it('all 8 bakens of Welzijn Nieuwe Stijl are rated, each by its own statement', () => {
    const werkwijze = kenmerken.find((k) => k.id === 'ua-werkwijze')!;
    const rated = werkwijze.aspects.filter((a) => a.ratedBy);
    expect(rated.length).toBeGreaterThanOrEqual(8);
    expect(werkwijze.statements).toHaveLength(8);
  });

  it.each(kenmerken.map((k) => [k.id, k] as const))('%s: every aspect is rated or left out with a reason in both languages', (_id, k) => {
    for (const a of k.aspects) {
      if (a.leftOut) expect(a.leftOut.nl.length && a.leftOut.en.length, a.id).toBeGreaterThan(10);
      else expect(a.ratedBy?.length, a.id).toBeGreaterThan(0);
    }
  });
});

describe('guidance by role', () => {
  it.each(kenmerken.map((k) => [k.id, k] as const))('%s: reflection questions and advice for every role', (_id, k) => {
    for (const role of BANK_ROLES) {
      expect(k.reflection[role].length, role).toBeGreaterThan(0);
      expect(k.advice.filter((a) => a.roles.includes(role)).length, role).toBeGreaterThan(0);
    }
  });

  it('the weak citations named in the issue are gone', () => {
    const cites = (id: string, seed: string, line: number) => {
      const item = kenmerken.flatMap((k) => [...k.statements, ...k.advice]).find((x) => x.id === id);
      return Boolean(item?.source.some((r) => r.seed === seed && r.from <= line && line <= r.to));
    };
    expect(cites('ua-implementatie-3', '002', 897)).toBe(false);
    expect(cites('ma-concreet-a2', '004', 64)).toBe(false);
    expect(cites('ua-implementatie-a3', '004', 313)).toBe(false);
  });
});

describe('version 2.0.0 and what it carries over from 1.0.0', () => {
  it('is version 2.0.0, after 1.0.0', () => {
    expect(bank.version).toBe('2.0.0');
    expect(bank.previousVersion).toBe(previous.version);
  });

  it('an id of 1.0.0 is kept only as carried over (same meaning), never for another meaning', () => {
    const reused = statements.filter((s) => Object.hasOwn(previous.statements, s.id) && !s.carriedOver);
    expect(reused.map((s) => s.id)).toEqual([]);
    const invented = statements.filter((s) => s.carriedOver && !Object.hasOwn(previous.statements, s.id));
    expect(invented.map((s) => s.id)).toEqual([]);
  });

  it('a carried-over statement stays in its kenmerk and leaves out every role that had its own wording in 1.0.0', () => {
    for (const s of statements.filter((x) => x.carriedOver)) {
      const old = previous.statements[s.id]!;
      expect(kenmerken.find((k) => k.statements.includes(s))?.id, s.id).toBe(old.kenmerk);
      for (const role of old.ownWording) expect(s.carriedOver!.except, s.id).toContain(role);
    }
  });
});
