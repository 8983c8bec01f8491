/**
 * Text that came from a person or a file, made safe to show: it can never reorder the app's own
 * text around it, and a name of invisible characters only counts as empty.
 */

/** Bidirectional controls (embeddings, overrides, isolates, marks): they reorder the text around them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Control characters other than newline and tab. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/** Characters that print nothing (format characters, default-ignorable code points) and white space. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\s]/gu;

/** The text without bidirectional controls and control characters (newlines and tabs stay). */
export function cleanText(value: string): string {
  return value.replace(BIDI_CONTROLS, '').replace(CONTROLS, '');
}

/** True when the text shows nothing: empty, or only white space and invisible characters. */
export function isBlank(value: string): boolean {
  return value.replace(INVISIBLE, '') === '';
}
