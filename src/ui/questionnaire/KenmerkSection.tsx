import { useComputed } from '@preact/signals';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ReflectionQuestions } from '../guidance/ReflectionQuestions';
import { LinkedText } from '../components/LinkedText';
import { useBank } from '../shell/content';
import { statementText } from '../../core/bank/localText';
import { useT } from '../../i18n/useT';
import type { Kenmerk, Statement } from '../../core/bank/types';
import type { Role } from '../../core/analysis';
import type { AnswerStore } from './answerStore';

const UNKNOWN = 'unknown';

/** One statement, rated on the bank's scale or "weet ik niet"; re-renders only when its own answer changes. */
function StatementChoice({ statement, role, store }: { statement: Statement; role: Role; store: AnswerStore }) {
  const { lang } = useT();
  const bank = useBank();
  const current = useComputed(() => {
    const answers = store.answers.value;
    return Object.hasOwn(answers, statement.id) ? answers[statement.id] : undefined;
  });
  const options = [
    ...bank.scale.points.map((p) => ({ value: String(p.value), label: `${p.value} · ${p.label[lang]}` })),
    { value: UNKNOWN, label: bank.scale.unknown.label[lang] },
  ];
  return (
    <ChoiceGroup
      class="statement"
      id={`st-${statement.id}`}
      name={statement.id}
      legend={statementText(statement, role, lang, bank)}
      options={options}
      value={current.value === undefined ? undefined : String(current.value)}
      onChange={(v) => void store.answer(statement.id, v === UNKNOWN ? 'unknown' : Number(v))}
    />
  );
}

/** A kenmerk with its explanation, its reflection questions and its statements. */
export function KenmerkSection({ kenmerk, role, store }: { kenmerk: Kenmerk; role: Role; store: AnswerStore }) {
  const { lang } = useT();
  return (
    <section class="kenmerk" aria-labelledby={`k-${kenmerk.id}`}>
      <h2 id={`k-${kenmerk.id}`}>{kenmerk.label[lang]}</h2>
      <p class="explanation">
        <LinkedText text={kenmerk.explanation[lang]} />
      </p>
      <ReflectionQuestions kenmerk={kenmerk} role={role} />
      {kenmerk.statements.map((statement) => (
        <StatementChoice key={statement.id} statement={statement} role={role} store={store} />
      ))}
    </section>
  );
}
