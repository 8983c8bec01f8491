import { bankContent } from '../shell/content';
import { questionnaireSize } from '../../core/scoring/progress';
import { useT } from '../../i18n/useT';

/**
 * "58 stellingen in 4 analysegebieden. Dat kost ongeveer 20 minuten …", computed from the bank.
 * Before the bank is there (the start screen does not wait for it) the line keeps its place empty.
 */
export function QuestionnaireSize() {
  const { t } = useT();
  const state = bankContent.state.value;
  return <p class="questionnaire-size">{state.status === 'ready' ? t('questions.size', questionnaireSize(state.value)) : ''}</p>;
}
