import { useEffect, useRef, useState } from 'preact/hooks';
import { getAnalysis, saveAnswer } from '../../storage/analysesRepo';
import { onOtherTabChange } from '../../storage/changeFeed';
import { commitTime } from '../../storage/indexedDbStore';
import type { Analysis, Answers, AnswerValue } from '../../core/analysis';

import { createSaveState } from './saveState';

/** After this long without the write done, the form is re-rendered with the answer anyway. */
const SLOW_MS = 80;

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
  const [status] = useState(createSaveState);
  const setState = (next: 'saving' | 'saved' | 'failed' | 'full') => status.set(next, pending.current.size);

  const answers: Answers = { ...saved.answers, ...Object.fromEntries(pending.current) };

  const write = async (statementId: string, value: AnswerValue) => {
    const started = performance.now();
    try {
      const record = await saveAnswer(saved.id, statementId, value);
      // From the answer to its commit in IndexedDB (where the writer worker committed it, that moment).
      performance.measure('bg:autosave', { start: started, end: commitTime(record) ?? performance.now() });
      performance.measure('bg:autosave-known', { start: started, end: performance.now() });
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
    const written = write(statementId, value);
    // The radio already shows the choice (the browser checked it), so the form is re-rendered when
    // the write is done, not before: the save is not kept waiting behind a render.
    const current = status.get();
    setState(current === 'failed' || current === 'full' ? current : 'saving'); // re-renders the status line only
    const slow = setTimeout(() => rerender((n) => n + 1), SLOW_MS);
    void written.finally(() => clearTimeout(slow));
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

  return { analysis: saved, answers, answer, status };
}
