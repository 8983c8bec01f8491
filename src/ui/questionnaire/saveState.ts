import { useEffect, useState } from 'preact/hooks';

/** Saving state shown to the user; `full` when the disk is full. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'full';

/**
 * The save state lives apart from the form, so that telling "saving…" at the moment of an answer
 * re-renders only the status line, not the whole questionnaire (which would delay the save).
 */
export function createSaveState() {
  let value: SaveState = 'idle';
  let count = 0;
  const listeners = new Set<() => void>();
  return {
    set(next: SaveState, unsaved: number) {
      if (next === value && unsaved === count) return;
      value = next;
      count = unsaved;
      listeners.forEach((l) => l());
    },
    get: () => value,
    /** The state and the number of unsaved answers, following changes. */
    use(): { state: SaveState; unsaved: number } {
      const [, setTick] = useState(0);
      useEffect(() => {
        const listener = () => setTick((n) => n + 1);
        listeners.add(listener);
        return () => void listeners.delete(listener);
      }, []);
      return { state: value, unsaved: count };
    },
  };
}

/** One save state, as made by createSaveState. */
export type SaveStateStore = ReturnType<typeof createSaveState>;
