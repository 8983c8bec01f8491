import { useEffect, useRef, useState } from 'preact/hooks';
import { getAnalysis, saveAnswer } from '../../storage/analysesRepo';
import { onOtherTabChange } from '../../storage/changeFeed';
import type { Analysis, Answers, AnswerValue } from '../../core/analysis';

/** Saving state shown to the user; `failed` carries whether the disk is full. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'full';

/** How long to wait before trying a failed save again. */
const RETRY_MS = 4000;

function isQuota(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { target?: { error?: { name?: unknown } } } | null)?.target?.error?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/**
 * Answers as the user sees them: what is stored, plus answers given but not yet confirmed
 * saved. Every answer is written at once; the stored record that comes back (which may hold
 * another tab's newer answers) becomes the new base, and unconfirmed answers stay on top.
 * A failed write keeps the answer in memory and is tried again until it succeeds.
 */
export function useAnswerSaver(initial: Analysis) {
  const [saved, setSaved] = useState(initial);
  const pending = useRef(new Map<string, AnswerValue>());
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [, rerender] = useState(0);
  const [state, setState] = useState<SaveState>('idle');

  const answers: Answers = { ...saved.answers, ...Object.fromEntries(pending.current) };

  const write = async (statementId: string, value: AnswerValue) => {
    const started = performance.now();
    try {
      const record = await saveAnswer(saved.id, statementId, value);
      performance.measure('bg:autosave', { start: started, end: performance.now() });
      if (pending.current.get(statementId) === value) pending.current.delete(statementId);
      setSaved(record);
      setState(pending.current.size === 0 ? 'saved' : 'saving');
    } catch (error) {
      setState(isQuota(error) ? 'full' : 'failed');
      retry.current ??= setTimeout(() => {
        retry.current = null;
        for (const [id, v] of pending.current) void write(id, v);
      }, RETRY_MS);
    }
  };

  const answer = (statementId: string, value: AnswerValue) => {
    pending.current.set(statementId, value);
    const written = write(statementId, value); // first: the write starts before the re-render
    rerender((n) => n + 1);
    setState((s) => (s === 'failed' || s === 'full' ? s : 'saving'));
    return written;
  };

  // Another tab changed this analysis: show the stored state (our unsaved answers stay on top).
  useEffect(
    () =>
      onOtherTabChange((id) => {
        if (id !== saved.id) return;
        getAnalysis(id).then((record) => record && setSaved(record), () => undefined);
      }),
    [saved.id],
  );
  useEffect(() => () => {
    if (retry.current) clearTimeout(retry.current);
  }, []);

  return { analysis: saved, answers, answer, state, unsaved: pending.current.size };
}
