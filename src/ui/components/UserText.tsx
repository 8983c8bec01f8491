/**
 * Text that came from a person or a file (a name, a note), isolated from the app's own text
 * around it: whatever it holds, it cannot reorder the sentence it stands in.
 */
export function UserText({ children }: { children: string }) {
  return <bdi>{children}</bdi>;
}

/**
 * The same isolation inside a plain string that is drawn (an interpolated sentence, a chart label):
 * FSI … PDI. Not for aria-labels: speech follows the logical order, and names arrive cleaned of
 * control characters on import.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
