/** Runs a generator of steps to its end without pausing, and returns its result. */
export function runToEnd<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
