import { cleanText } from '../../core/text';

/**
 * Text that came from a person or a file (a name, a note), isolated from the app's own text
 * around it: whatever it holds, it cannot reorder the sentence it stands in. Its own bidirectional
 * controls are removed first: the browser draws `<bdi>` as FSI … PDI, and a PDI in the text would
 * close that isolate early.
 */
export function UserText({ children }: { children: string }) {
  return <bdi>{cleanText(children)}</bdi>;
}

/**
 * The same isolation inside a plain string that is drawn (an interpolated sentence, a chart label,
 * a line on a canvas): the text without its own bidirectional controls, between FSI … PDI. A PDI
 * or override in the text could otherwise close the isolate early and reorder the rest of the
 * sentence. Not for aria-labels: speech follows the logical order.
 */
export function isolate(text: string): string {
  return `\u2068${cleanText(text)}\u2069`;
}

/** Several user texts in one sentence, each isolated on its own: "⁨A⁩, ⁨B⁩". */
export function isolateEach(texts: readonly string[], separator = ', '): string {
  return texts.map(isolate).join(separator);
}
