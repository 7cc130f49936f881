/**
 * Text from an article made safe to print on a terminal: every control character in it is shown as
 * a visible escape (`\x1b`, `\u202e`) and never sent. An article is input from anyone, and a
 * terminal obeys an escape sequence wherever it comes from and whether or not colour is on:
 * `ESC[8m` hides the words after it, `ESC]52;c;…` writes the reader's clipboard, `ESC]0;…` sets the
 * window title, a carriage return or a newline redraws or fakes a line of our own output.
 */

// C0 controls (newline and tab included: a unit's text is one line of the output), DEL and C1
// controls (U+009B is a one-character CSI to some terminals), the line and paragraph separators,
// and the explicit directional embeddings, overrides and isolates, which reorder the words around
// them on terminals that lay out right-to-left text.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

// The same set less C0, which JSON.stringify already escapes inside strings.
const CONTROL_JSON_LEAVES = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const hex = (char: string, digits: number): string => (char.codePointAt(0) ?? 0).toString(16).padStart(digits, '0');

/** `text` with each control character replaced by a visible escape: `\x1b` below U+0100, else `\u202e`. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (char) => (char < '\u0100' ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`));
}

/**
 * `value` as JSON that sends no control character to a terminal: what JSON.stringify leaves raw in
 * strings (DEL, C1, separators, directional controls) written as `\u` escapes, which read back as
 * the same value.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROL_JSON_LEAVES, (char) => `\\u${hex(char, 4)}`);
}

/** A copy of `value` (plain data: objects, arrays, strings, numbers) with `visibleControls` applied to every string in it. */
export function withVisibleControls<T>(value: T): T {
  return mapStrings(value) as T;
}

function mapStrings(value: unknown): unknown {
  if (typeof value === 'string') return visibleControls(value);
  if (Array.isArray(value)) return value.map(mapStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item)]));
  }
  return value;
}
