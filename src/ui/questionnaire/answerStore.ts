import { computed, signal } from '@preact/signals';
import { getAnalysis, saveAnswer } from '../../storage/analysesRepo';
import { dbNotice } from '../../storage/statusRepo';
import type { Analysis, Answers, AnswerValue } from '../../core/analysis';

/**
 * What the user is told about saving: nothing yet, saving, all saved, or not saved — the disk is
 * full, a newer version of the app took the database (the answers are kept in this tab until the
 * reload), or another fault.
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'full' | 'newer';

/** How long to wait before trying a failed save again. */
const RETRY_MS = 4000;

function isQuota(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = (error as { target?: { error?: { name?: unknown } } } | null)?.target?.error?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/**
 * The answers of one analysis as the user sees them: what is stored, with answers given but not yet
 * confirmed stored on top. Every answer is one write, started at once; a failed write keeps the
 * answer on screen and is tried again until it gets through.
 */
export function createAnswerStore(initial: Analysis) {
  const stored = signal<Answers>(initial.answers);
  const pending = signal<ReadonlyMap<string, AnswerValue>>(new Map());
  const trouble = signal<'failed' | 'full' | 'newer' | null>(null);
  const everSaved = signal(false);
  let lastAnswerAt: string | undefined;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const answers = computed<Answers>(() => ({ ...stored.value, ...Object.fromEntries(pending.value) }));
  const state = computed<SaveState>(() => trouble.value ?? (pending.value.size > 0 ? 'saving' : everSaved.value ? 'saved' : 'idle'));

  const setPending = (change: (m: Map<string, AnswerValue>) => void) => {
    const next = new Map(pending.value);
    change(next);
    pending.value = next;
  };

  const write = (statementId: string, value: AnswerValue): Promise<void> => {
    const now = new Date();
    return saveAnswer(initial.id, statementId, value, now).then(
      () => {
        lastAnswerAt = now.toISOString();
        stored.value = { ...stored.value, [statementId]: value };
        if (pending.value.get(statementId) === value) setPending((m) => m.delete(statementId));
        if (pending.value.size === 0) trouble.value = null;
        everSaved.value = true;
      },
      (error: unknown) => {
        const notice = dbNotice.peek();
        trouble.value = isQuota(error) ? 'full' : notice === 'versionchange' || notice === 'outdated' ? 'newer' : 'failed';
        retry ??= setTimeout(() => {
          retry = null;
          for (const [id, v] of pending.value) void write(id, v);
        }, RETRY_MS);
      },
    );
  };

  return {
    answers,
    state,
    /** How many answers are not yet stored. */
    unsaved: computed(() => pending.value.size),
    /** Gives an answer: shown at once, written at once. */
    answer(statementId: string, value: AnswerValue): Promise<void> {
      const written = write(statementId, value); // the write starts first; the screen follows
      setPending((m) => m.set(statementId, value));
      return written;
    },
    /** Shows what another tab stored (our unsaved answers stay on top). */
    async refresh(): Promise<void> {
      const fresh = await getAnalysis(initial.id);
      if (fresh) stored.value = fresh.answers;
    },
    /** When the last answer of this visit was stored (for the list's sort order). */
    lastAnswerAt: () => lastAnswerAt,
    dispose(): void {
      if (retry) clearTimeout(retry);
    },
  };
}

/** One analysis's answer store. */
export type AnswerStore = ReturnType<typeof createAnswerStore>;
