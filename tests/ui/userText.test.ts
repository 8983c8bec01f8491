import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { VNode } from 'preact';
import nl from '../../src/i18n/locales/nl.json';
import en from '../../src/i18n/locales/en.json';
import { isolate, isolateEach, UserText } from '../../src/ui/components/UserText';
import { EarlierAnswersNotice } from '../../src/ui/components/EarlierAnswersNotice';
import { pictureContent } from '../../src/ui/export/exportFiles';
import { bankContent } from '../../src/ui/shell/content';
import { describeImportError } from '../../src/ui/components/describeImportError';
import { createAnalysis, type Analysis } from '../../src/core/analysis';
import { createWorkshop } from '../../src/core/workshop';
import { buildResultFile } from '../../src/core/resultFile/writeFile';
import { parseResultFile } from '../../src/core/resultFile/readFile';
import { loadBank, withAnswer } from '../core/helpers';

/*
 * Issue 12, point 3: text from people and files is text, and only text. A name that holds a PDI
 * (U+2069) and then a right-to-left override (U+202E) would close the isolate around it early and
 * reverse the rest of the app's sentence; every isolated name is cleaned of bidirectional controls.
 */

const FSI = '\u2068';
const PDI = '\u2069';
const ATTACK = 'Oost \u2069\u202eVasting';
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const bank = loadBank();
const T0 = new Date('2026-11-01T10:00:00.000Z');

beforeAll(async () => {
  await i18next.init({ lng: 'nl', resources: { nl: { translation: nl }, en: { translation: en } }, interpolation: { escapeValue: false } });
  bankContent.state.value = { status: 'ready', value: bank };
});

/** The bidirectional controls of a sentence, in order, with where they stand. */
const controls = (sentence: string) => [...sentence.matchAll(BIDI)].map((m) => [m[0], m.index]);

/** True when the only controls in `sentence` are one FSI … PDI pair around each of `names`, nothing inside. */
function onlyIsolates(sentence: string, names: string[]): boolean {
  let expected = '';
  for (const name of names) {
    const at = sentence.indexOf(`${FSI}${name}${PDI}`);
    if (at < 0) return false;
    expected += FSI + PDI;
  }
  return sentence.replace(/[^\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '') === expected;
}

const party = (id: string, name: string, partnership = ''): Analysis =>
  withAnswer(createAnalysis({ party: { name, role: 'gemeente' }, mode: 'alone', partnership }, bank, id, T0), 'io-practice-1', 4, T0);
/** An analysis as stored by something other than this app's import: the name still holds its controls. */
const stored = (id: string, name: string, partnership = ''): Analysis => {
  const a = party(id, name, partnership);
  return { ...a, name, party: { ...a.party, name }, partnership };
};

describe('isolate(): a stored name cannot close its isolate early', () => {
  it('strips every bidirectional control from the text it wraps', () => {
    expect(isolate(ATTACK)).toBe(`${FSI}Oost Vasting${PDI}`);
    expect(isolate('\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069i\u200ej\u200fk\u061cl')).toBe(`${FSI}abcdefghijkl${PDI}`);
  });

  it('in the app’s sentence, the words after the name keep their order: only the isolate pair is left', () => {
    const sentence = i18next.t('start.deleteBody', { name: isolate(ATTACK) });
    expect(sentence).toBe(`U verwijdert ‘${FSI}Oost Vasting${PDI}’ met alle antwoorden van dit apparaat. Dit kunt u niet ongedaan maken.`);
    expect(controls(sentence)).toEqual([
      [FSI, 14],
      [PDI, 27],
    ]);
  });

  it('isolates each of several names on its own', () => {
    expect(isolateEach([ATTACK, 'West'])).toBe(`${FSI}Oost Vasting${PDI}, ${FSI}West${PDI}`);
  });

  it('<UserText> shows the text without its controls, inside <bdi>', () => {
    const node = UserText({ children: ATTACK }) as VNode<{ children: string }>;
    expect(node.type).toBe('bdi');
    expect(node.props.children).toBe('Oost Vasting');
  });
});

describe('user text inside the app’s own sentences', () => {
  it('the note on earlier answers isolates each party it names', () => {
    const earlier = (a: Analysis): Analysis => ({ ...a, earlier: { bankVersion: '1.0.0', answers: { 'old-1': 3 } } });
    const analyses = [earlier(stored('an-aa', ATTACK)), earlier(stored('an-bb', 'West'))];
    const node = EarlierAnswersNotice({ analyses, names: [ATTACK, 'West'] }) as VNode<{ children: string }>;
    const sentence = node.props.children;
    expect(sentence.startsWith(`${FSI}Oost Vasting${PDI}, ${FSI}West${PDI} vulden`)).toBe(true);
    expect(onlyIsolates(sentence, ['Oost Vasting', 'West'])).toBe(true);
  });

  it('the picture’s lines and legend isolate the party and partnership (one party)', () => {
    const t = i18next.getFixedT('nl');
    const content = pictureContent([stored('an-aa', ATTACK, 'Zuid \u2069\u202eSamen')], bank, 'nl', t);
    expect(content.lines[0]).toBe(`${FSI}Oost Vasting${PDI} — Gemeente`);
    expect(content.lines[1]).toBe(`Bondgenootschap: ${FSI}Zuid Samen${PDI}`);
    for (const line of content.lines.slice(0, 2)) expect(line.replace(/[^\u202a-\u202e\u2066-\u2069]/g, '')).toBe(FSI + PDI);
  });

  it('the picture’s legend isolates every party (several parties)', () => {
    const t = i18next.getFixedT('nl');
    const content = pictureContent([stored('an-aa', ATTACK), stored('an-bb', 'West')], bank, 'nl', t);
    expect(content.legend.map((l) => l.label)).toEqual([`${FSI}Oost Vasting${PDI} — Gemeente`, `${FSI}West${PDI} — Gemeente`]);
  });
});

describe('a werkplaats name of invisible characters only is refused on import, with the werkplaats named', () => {
  it('says which werkplaats in the file and what is wrong, in Dutch and English', () => {
    const file = buildResultFile([party('an-aa', 'Gemeente Oost')], bank, 'test', T0, { workshops: [createWorkshop('Oost', 'ws-one', T0)] }) as unknown as {
      workshops: Record<string, unknown>[];
    };
    file.workshops[0]!.name = '\u200b\u200d\ufeff';
    const read = parseResultFile(JSON.stringify(file), bank);
    if (read.ok) throw new Error('the file was accepted');
    expect(describeImportError(read.error, i18next.getFixedT('nl'))).toBe(
      'Werkplaats 1 in het bestand: de naam is leeg of bestaat alleen uit onzichtbare tekens.',
    );
    expect(describeImportError(read.error, i18next.getFixedT('en'))).toBe('Workshop 1 in the file: the name is empty or made only of invisible characters.');
  });
});
