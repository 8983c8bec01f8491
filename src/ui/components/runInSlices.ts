/** Gives the browser a turn (input, drawing) before the work goes on. */
export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel(); // unlike setTimeout, not slowed down when repeated
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Runs a generator of steps in slices of about `sliceMs`, pausing between slices so that the
 * page stays responsive; tells the latest progress before each pause. Returns the result.
 */
export async function runInSlices<P, R>(steps: Generator<P, R, void>, onProgress: (progress: P) => void, sliceMs = 12): Promise<R> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress(step.value);
      await pause();
      sliceStart = performance.now();
    }
  }
}
