/** Tells other tabs of this app that an analysis changed, so that they show the stored state. */
const CHANNEL = 'bondgenoten-changes';
const channel: BroadcastChannel | null = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

/** Announces a change of one analysis to the other tabs. */
export function announceChange(id: string): void {
  channel?.postMessage({ type: 'analysis-changed', id });
}

/** Calls `listener` with the id of an analysis another tab changed; returns the unsubscribe function. */
export function onOtherTabChange(listener: (id: string) => void): () => void {
  if (!channel) return () => undefined;
  const handler = (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; id?: unknown } | null;
    if (data?.type === 'analysis-changed' && typeof data.id === 'string') listener(data.id);
  };
  channel.addEventListener('message', handler);
  return () => channel.removeEventListener('message', handler);
}
