import type { ComponentChildren } from 'preact';

/** A short message in the main area: `status` is announced politely, `error` assertively. */
export function StatusMessage({ kind = 'info', children }: { kind?: 'info' | 'error'; children: ComponentChildren }) {
  return (
    <p class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
