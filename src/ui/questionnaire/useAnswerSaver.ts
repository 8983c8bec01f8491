import { useRef, useState } from 'preact/hooks';
import { saveAnswer } from '../../storage/analysesRepo';
import type { Analysis, Answers, AnswerValue } from '../../core/analysis';

/** Saving state shown to the user. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Answers as the user sees them: what is stored, plus answers given but not yet confirmed
 * saved. Every answer is written at once; the stored record that comes back (which may hold
 * another tab's newer answers) becomes the new base, and unconfirmed answers stay on top.
 */
export function useAnswerSaver(initial: Analysis) {
  const [saved, setSaved] = useState(initial);
  const pending = useRef(new Map<string, AnswerValue>());
  const [, rerender] = useState(0);
  const [state, setState] = useState<SaveState>('idle');

  const answers: Answers = { ...saved.answers, ...Object.fromEntries(pending.current) };

  const answer = async (statementId: string, value: AnswerValue) => {
    pending.current.set(statementId, value);
    rerender((n) => n + 1);
    setState('saving');
    try {
      const record = await saveAnswer(saved.id, statementId, value);
      if (pending.current.get(statementId) === value) pending.current.delete(statementId);
      setSaved(record);
      setState(pending.current.size === 0 ? 'saved' : 'saving');
    } catch {
      setState('failed');
    }
  };

  return { analysis: saved, answers, answer, state };
}
