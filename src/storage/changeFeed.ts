/** Tells other tabs of this app that records changed, so that they show the stored state. */
const CHANNEL = 'bondgenoten-changes';
const channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

/** Announces a change of one analysis to the other tabs. */
export function announceChange(id: string): void {
  announceChanges([id]);
}

/** Announces changes of several records (an import) to the other tabs, in one message. */
export function announceChanges(ids: string[]): void {
  if (ids.length > 0) channel?.postMessage({ type: 'analyses-changed', ids });
}

/**
 * Calls `listener` with the ids of records that another tab (or this tab's import worker) changed,
 * once per change; returns the unsubscribe function.
 */
export function onOtherTabChange(listener: (ids: ReadonlySet<string>) => void): () => void {
  if (!channel) return () => undefined;
  // The shared channel object does not hear its own messages: this tab's own writes are not echoed.
  const handler = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; ids?: unknown } | null;
    if (data?.type !== 'analyses-changed' || !Array.isArray(data.ids)) return;
    listener(new Set(data.ids.filter((id): id is string => typeof id === 'string')));
  };
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}
