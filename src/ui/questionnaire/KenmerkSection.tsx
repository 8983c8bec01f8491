import { Component } from 'preact';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { ReflectionQuestions } from '../guidance/ReflectionQuestions';
import { LinkedText } from '../components/LinkedText';
import { useBank } from '../app/BankContext';
import { statementText } from '../../core/bank/localText';
import { useT } from '../../i18n/useT';
import type { Kenmerk } from '../../core/bank/types';
import type { Answers, AnswerValue, Role } from '../../core/analysis';

interface Props {
  kenmerk: Kenmerk;
  role: Role;
  answers: Answers;
  onAnswer: (statementId: string, value: AnswerValue) => void;
}

const UNKNOWN = 'unknown';

/** A kenmerk with its explanation and its statements, each rated on the bank's scale or "weet ik niet". */
function KenmerkSectionView({ kenmerk, role, answers, onAnswer }: Props) {
  const { lang } = useT();
  const bank = useBank();
  const options = [
    ...bank.scale.points.map((p) => ({ value: String(p.value), label: `${p.value} · ${p.label[lang]}` })),
    { value: UNKNOWN, label: bank.scale.unknown.label[lang] },
  ];
  return (
    <section class="kenmerk" aria-labelledby={`k-${kenmerk.id}`}>
      <h2 id={`k-${kenmerk.id}`}>{kenmerk.label[lang]}</h2>
      <p class="explanation">
        <LinkedText text={kenmerk.explanation[lang]} />
      </p>
      <ReflectionQuestions kenmerk={kenmerk} role={role} />
      {kenmerk.statements.map((statement) => {
        const current = Object.hasOwn(answers, statement.id) ? answers[statement.id] : undefined;
        return (
          <ChoiceGroup
            key={statement.id}
            class="statement"
            name={statement.id}
            legend={statementText(statement, role, lang)}
            options={options}
            value={current === undefined ? undefined : String(current)}
            onChange={(v) => onAnswer(statement.id, v === UNKNOWN ? 'unknown' : Number(v))}
          />
        );
      })}
    </section>
  );
}

/** Re-renders only when one of this kenmerk's own answers (or its role) changes: answering stays fast. */
export class KenmerkSection extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const prev = this.props;
    return !(
      prev.kenmerk === next.kenmerk &&
      prev.role === next.role &&
      next.kenmerk.statements.every((s) => prev.answers[s.id] === next.answers[s.id])
    );
  }

  override render() {
    return <KenmerkSectionView {...this.props} />;
  }
}
