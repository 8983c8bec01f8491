/** Tells other tabs of this app that an analysis changed, so that they show the stored state. */
const CHANNEL = 'bondgenoten-changes';
const channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

/** Announces a change of one analysis to the other tabs. */
export function announceChange(id: string): void {
  announceChanges([id]);
}

/** Announces changes of several analyses (an import) to the other tabs, in one message. */
export function announceChanges(ids: string[]): void {
  if (ids.length > 0) channel?.postMessage({ type: 'analyses-changed', ids });
}

/** Calls `listener` with the id of an analysis another tab changed; returns the unsubscribe function. */
export function onOtherTabChange(listener: (id: string) => void): () => void {
  if (!channel) return () => undefined;
  const handler = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; ids?: unknown } | null;
    if (data?.type !== 'analyses-changed' || !Array.isArray(data.ids)) return;
    for (const id of data.ids) if (typeof id === 'string') listener(id);
  };
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}
