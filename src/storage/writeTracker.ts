/** Writes under way, so that an app update or a reload can wait until every answer is stored. */
const inFlight = new Set<Promise<unknown>>();

/** Registers a write; returns the same promise. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  inFlight.add(write);
  const done = () => inFlight.delete(write);
  write.then(done, done);
  return write;
}

/** Resolves when every write started so far has finished (failed ones included). */
export async function flushWrites(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
