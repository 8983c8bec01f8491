import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { linkTerms, validateGlossary, type Term } from '../../src/core/content/glossary';
import { validateSources } from '../../src/core/content/sources';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../questions/${name}`, import.meta.url), 'utf8'));

describe('glossary and sources content', () => {
  it('the glossary validates against its JSON Schema and the app validator', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(read('glossary.schema.json') as object);
    expect(validate(read('glossary.json')), JSON.stringify(validate.errors)).toBe(true);
    const checked = validateGlossary(read('glossary.json'));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.terms.length).toBeGreaterThanOrEqual(15);
  });

  it('the glossary explains the terms the app uses', () => {
    const checked = validateGlossary(read('glossary.json'));
    if (!checked.ok) throw new Error(checked.error.join('\n'));
    const names = checked.value.terms.map((t) => t.term.nl.toLowerCase()).join(' | ');
    for (const word of ['transitie', 'transformatie', 'coalitieaanpak', '4r', 'maatschappelijke agenda', 'veranderagenda', 'uitvoeringsagenda', 'bakens', 'eigen kracht', 'witte vlek']) {
      expect(names).toContain(word);
    }
  });

  it('the sources list credits all five publications', () => {
    const checked = validateSources(read('sources.json'));
    if (!checked.ok) throw new Error(checked.error.join('\n'));
    expect(checked.value.publications.map((p) => p.seed).sort()).toEqual(['000', '001', '002', '003', '004']);
  });
});

const term = (id: string, nl: string[], en: string[] = ['x-en']): Term => ({
  id,
  term: { nl: nl[0] ?? id, en: en[0] ?? id },
  matches: { nl, en },
  definition: { nl: 'd', en: 'd' },
  source: [{ seed: '001', from: 1, to: 1 }],
});

describe('linkTerms', () => {
  const terms = [term('gl-agenda', ['maatschappelijke agenda']), term('gl-wmo', ['wmo']), term('gl-kenmerk', ['kenmerk'])];

  it('links the first occurrence of each term, whole words only, keeping the text intact', () => {
    const text = 'De Maatschappelijke agenda en de Wmo-gespreksvoerder; de wmo en de maatschappelijke agenda. Kenmerkend.';
    const parts = linkTerms(text, terms, 'nl');
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.termId).map((p) => [p.termId, p.text])).toEqual([
      ['gl-agenda', 'Maatschappelijke agenda'],
      ['gl-wmo', 'Wmo'],
    ]);
  });

  it('prefers the longer match where two overlap', () => {
    const parts = linkTerms('de veranderagenda', [term('gl-a', ['agenda']), term('gl-va', ['veranderagenda'])], 'nl');
    expect(parts.filter((p) => p.termId).map((p) => p.termId)).toEqual(['gl-va']);
  });

  it('returns the text as one part when nothing matches', () => {
    expect(linkTerms('niets', terms, 'nl')).toEqual([{ text: 'niets' }]);
  });
});
