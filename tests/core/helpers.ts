import { validateBank } from '../../src/core/bank/validateBank';
import type { Analysis, AnswerValue } from '../../src/core/analysis';
import type { Bank, Kenmerk, LocalText, SourceRef, Statement, Thresholds } from '../../src/core/bank/types';

/*
 * The question files are read as raw text at test time and parsed with JSON.parse (the project has
 * no @types/node, so `node:fs` would not typecheck; Vite's `?raw` glob reads the same bytes).
 */
const questionTexts = import.meta.glob<string>('../../questions/*.json', { query: '?raw', import: 'default', eager: true });

/** File name (e.g. `bondgenoten.json`) → raw text, for every JSON file in questions/. */
export function questionFiles(): Map<string, string> {
  return new Map(Object.entries(questionTexts).map(([key, text]) => [key.split('/').pop() ?? key, text]));
}

function fileText(name: string): string {
  const text = questionFiles().get(name);
  if (text === undefined) throw new Error(`questions/${name} not found`);
  return text;
}

/** The JSON Schema of a bank (questions/bank.schema.json), freshly parsed. */
export function loadSchema(): object {
  return JSON.parse(fileText('bank.schema.json')) as object;
}

/** A fresh, unvalidated copy of the real bank exactly as in the file (with `$schema`), safe to mutate. */
export function rawBank(): Bank & { $schema?: string } {
  return JSON.parse(fileText('bondgenoten.json')) as Bank & { $schema?: string };
}

/** The real bank, validated with validateBank (throws with the problems when it is invalid). */
export function loadBank(): Bank {
  const result = validateBank(JSON.parse(fileText('bondgenoten.json')) as unknown);
  if (!result.ok) throw new Error(`bondgenoten.json is invalid:\n${result.error.join('\n')}`);
  return result.value;
}

/** The element at `index`, or a thrown error (keeps tests free of `!`). */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

/** The thresholds of the product decisions. */
export const THRESHOLDS: Thresholds = { witteVlekBelow: 3, onbekendShare: 0.5, verschilRange: 1.5 };

const text = (s: string): LocalText => ({ nl: `${s} (nl)`, en: `${s} (en)` });
const src: SourceRef[] = [{ seed: '001', from: 1, to: 2 }];

/** A hand-made statement. */
export function statement(id: string, extra: Partial<Statement> = {}): Statement {
  return { id, aspect: 'proces', text: text(id), source: src, ...extra };
}

/** A hand-made kenmerk with the given statement ids. */
export function kenmerk(id: string, statementIds: readonly string[]): Kenmerk {
  const q = { text: text(`${id}?`), source: src };
  return {
    id,
    label: text(id),
    explanation: text(id),
    source: src,
    aspects: [{ id: `${id}-aspect`, text: text(id), source: src, ratedBy: [...statementIds] }],
    statements: statementIds.map((s) => statement(s)),
    reflection: { gemeente: [q], instelling: [q], burger: [q] },
    advice: [{ id: `${id}-a1`, title: text(id), text: text(id), roles: ['gemeente', 'instelling', 'burger'], source: src }],
  };
}

/** Every statement id of the bank, in bank order. */
export function allStatementIds(bank: Bank): string[] {
  return bank.areas.flatMap((a) => a.kenmerken.flatMap((k) => k.statements.map((s) => s.id)));
}

/** A test analysis with one answer set (on the device, answers are records of their own: storage/records.ts). */
export function withAnswer(analysis: Analysis, statementId: string, value: AnswerValue, now: Date): Analysis {
  return { ...analysis, answers: { ...analysis.answers, [statementId]: value }, updatedAt: now.toISOString() };
}
