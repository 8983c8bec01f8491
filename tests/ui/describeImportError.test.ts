import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';
import { describeImportError } from '../../src/ui/components/describeImportError';
import type { ImportError } from '../../src/core/resultFile/importError';

beforeAll(async () => {
  await i18next.init({ lng: 'nl', resources: { nl: { translation: nl }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

const say = (error: ImportError, lng: 'nl' | 'en' = 'nl') => describeImportError(error, i18next.getFixedT(lng));

describe('every refusal names the thing, the number and the limit, in words', () => {
  it.each<[ImportError, string]>([
    [{ code: 'invalid-workshop', workshop: 1, field: 'resultIds', problem: 'too-many', count: 100_000, limit: 20_000 }, 'Werkplaats 1 in het bestand: de lijst met resultaten: 100.000 is te veel, het maximum is 20.000.'],
    [{ code: 'invalid-result', result: 3, field: 'createdAt', problem: 'impossible-date', value: '2026-02-30' }, 'Resultaat 3 in het bestand: de datum waarop het is gemaakt is een datum die niet bestaat (2026-02-30).'],
    [{ code: 'invalid-result', result: 1, field: 'id', problem: 'missing' }, 'Resultaat 1 in het bestand: de id ontbreekt.'],
    [{ code: 'invalid-result', result: 2, field: 'party.name', problem: 'blank' }, 'Resultaat 2 in het bestand: de naam van de partij is leeg of bestaat alleen uit onzichtbare tekens.'],
    [{ code: 'invalid-result', result: 1, field: 'actions.0.what', problem: 'blank' }, 'Resultaat 1 in het bestand: bij actie 1 het veld ‘wat’ is leeg of bestaat alleen uit onzichtbare tekens.'],
    [{ code: 'invalid-result', result: 1, field: 'answers.io-practice-9', problem: 'unknown' }, 'Resultaat 1 in het bestand: het antwoord op stelling io-practice-9 hoort niet bij deze versie van de vragenlijst.'],
    [{ code: 'invalid-workshop', field: 'workshops', problem: 'too-many', count: 150, limit: 100 }, 'In het bestand: de lijst met werkplaatsen: 150 is te veel, het maximum is 100.'],
    [{ code: 'too-many-results', count: 25_000, limit: 20_000 }, 'Het bestand bevat 25.000 resultaten; het maximum is 20.000.'],
    [{ code: 'too-large', count: 31, limit: 25 }, 'Het bestand is 31 MB; het maximum is 25 MB.'],
    [{ code: 'too-large', count: 25.1, limit: 25 }, 'Het bestand is 25,1 MB; het maximum is 25 MB.'],
    [{ code: 'link-too-long', count: 300_001, limit: 300_000 }, 'Deze link is te lang: 300.001 tekens, het maximum is 300.000. Vraag de afzender om het resultaat als bestand te sturen.'],
    [{ code: 'link-too-large', limit: 2 }, 'Deze link bevat te veel gegevens: uitgepakt is hij groter dan het maximum van 2 MB. Vraag de afzender om het resultaat als bestand te sturen.'],
    [{ code: 'unsupported-version', version: 0, limit: 1 }, 'Dit bestand heeft bestandsversie 0; deze app leest bestandsversie 1.'],
    [{ code: 'no-version', limit: 1 }, 'Dit bestand heeft geen geldige bestandsversie; deze app leest bestandsversie 1.'],
    [{ code: 'too-many-files', count: 250, limit: 200 }, 'Te veel bestanden tegelijk: u koos er 250, het maximum is 200. Importeer dit bestand daarna apart.'],
  ])('%j', (error, sentence) => {
    expect(say(error)).toBe(sentence);
  });

  it('the same in English', () => {
    expect(say({ code: 'invalid-workshop', workshop: 1, field: 'resultIds', problem: 'too-many', count: 100_000, limit: 20_000 }, 'en')).toBe(
      'Workshop 1 in the file: the list of results: 100,000 is too many, the maximum is 20,000.',
    );
    expect(say({ code: 'invalid-result', result: 3, field: 'updatedAt', problem: 'in-the-future', value: '9999-01-01' }, 'en')).toBe(
      'Result 3 in the file: the date of the last change is in the future (9999-01-01).',
    );
  });

  it('sizes, links, versions and the number of files in English', () => {
    expect(say({ code: 'too-large', count: 31, limit: 25 }, 'en')).toBe('The file is 31 MB; the maximum is 25 MB.');
    expect(say({ code: 'link-too-long', count: 300_001, limit: 300_000 }, 'en')).toBe(
      'This link is too long: 300,001 characters, the maximum is 300,000. Ask the sender to send the result as a file.',
    );
    expect(say({ code: 'link-too-large', limit: 2 }, 'en')).toBe('This link holds too much data: unpacked it is larger than the maximum of 2 MB. Ask the sender to send the result as a file.');
    expect(say({ code: 'unsupported-version', version: 0, limit: 1 }, 'en')).toBe('This file has file version 0; this app reads file version 1.');
    expect(say({ code: 'no-version', limit: 1 }, 'en')).toBe('This file has no valid file version; this app reads file version 1.');
    expect(say({ code: 'too-many-files', count: 250, limit: 200 }, 'en')).toBe('Too many files at once: you chose 250, the maximum is 200. Import this file separately afterwards.');
  });

  it('plurals are real plurals', () => {
    const t = i18next.getFixedT('nl');
    expect(t('errors.diskFull', { count: 1 })).toContain('1 antwoord is');
    expect(t('errors.diskFull', { count: 3 })).toContain('3 antwoorden zijn');
    expect(JSON.stringify(nl)).not.toMatch(/\(en\)|\(s\)/);
    expect(JSON.stringify(en)).not.toMatch(/\(s\)/);
  });
});
