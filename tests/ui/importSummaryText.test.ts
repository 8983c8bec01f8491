import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';
import { linkText, outcomeText } from '../../src/ui/importing/summaryText';
import type { FileOutcome } from '../../src/import/types';

beforeAll(async () => {
  await i18next.init({ lng: 'nl', resources: { nl: { translation: nl }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

const nlT = () => i18next.getFixedT('nl');
const enT = () => i18next.getFixedT('en');
const outcome = (extra: Partial<FileOutcome>): FileOutcome => ({
  name: 'w.json', added: 0, present: 0, conflicts: 0, dropped: 0, earlier: 0, workshops: 0, workshopsWithoutResults: 0, ...extra,
});

describe("a file's line in the import summary", () => {
  it('counts a werkplaats none of whose results is here apart, never as plainly "1 werkplaats"', () => {
    expect(outcomeText(outcome({ added: 1, workshops: 1, workshopsWithoutResults: 1 }), nlT())).toBe('1 resultaat toegevoegd · 1 werkplaats zonder resultaten op dit apparaat');
    expect(outcomeText(outcome({ added: 1, workshops: 3, workshopsWithoutResults: 2 }), nlT())).toBe(
      '1 resultaat toegevoegd · 1 werkplaats · 2 werkplaatsen zonder resultaten op dit apparaat',
    );
    expect(outcomeText(outcome({ added: 2, workshops: 1 }), nlT())).toBe('2 resultaten toegevoegd · 1 werkplaats');
    expect(outcomeText(outcome({ added: 1, workshops: 2, workshopsWithoutResults: 2 }), enT())).toBe('1 result added · 2 workshops without results on this device');
  });

  it('joins answers of an earlier version and dropped notes with the rest', () => {
    expect(outcomeText(outcome({ present: 2, earlier: 3, dropped: 1 }), nlT())).toBe(
      '2 resultaten stonden er al · 3 antwoorden horen bij een eerdere versie van de vragenlijst: ze zijn bewaard, maar tellen niet mee in de scores · 1 notitie of actie hoort bij een kenmerk dat deze vragenlijst niet heeft en is niet overgenomen',
    );
  });
});

describe('what the summary says about the links of a werkplaats (its name isolated)', () => {
  it('some links missing: how many of how many', () => {
    expect(linkText({ name: 'Zuid', total: 3, missing: 2 }, nlT())).toBe(
      'Werkplaats ‘\u2068Zuid\u2069’: 2 van de 3 resultaten staan niet in het bestand en niet op dit apparaat. De koppelingen blijven bewaard: importeer die resultaten later, dan is de werkplaats compleet.',
    );
  });

  it('all links missing: "geen van de" in the plural, "het ene resultaat" for one', () => {
    expect(linkText({ name: 'Leeg', total: 2, missing: 2 }, nlT())).toBe(
      'Werkplaats ‘\u2068Leeg\u2069’ is toegevoegd, maar geen van de 2 resultaten staat in het bestand of op dit apparaat. Importeer ook de bestanden van de partners.',
    );
    expect(linkText({ name: 'Leeg', total: 1, missing: 1 }, nlT())).toBe(
      'Werkplaats ‘\u2068Leeg\u2069’ is toegevoegd, maar het ene resultaat ervan staat niet in het bestand en niet op dit apparaat. Importeer ook de bestanden van de partners.',
    );
    expect(linkText({ name: 'Empty', total: 1, missing: 1 }, enT())).toBe(
      'Workshop ‘\u2068Empty\u2069’ was added, but its one result is neither in the file nor on this device. Import the partners’ files as well.',
    );
    expect(linkText({ name: 'Empty', total: 2, missing: 2 }, enT())).toBe(
      'Workshop ‘\u2068Empty\u2069’ was added, but none of its 2 results is in the file or on this device. Import the partners’ files as well.',
    );
  });

  it('a werkplaats without any results is told, not left out', () => {
    expect(linkText({ name: 'Nieuw', total: 0, missing: 0 }, nlT())).toBe('Werkplaats ‘\u2068Nieuw\u2069’ is toegevoegd, maar er horen nog geen resultaten bij.');
    expect(linkText({ name: 'New', total: 0, missing: 0 }, enT())).toBe('Workshop ‘\u2068New\u2069’ was added, but it has no results yet.');
  });
});
