/**
 * Which characters the card's font can draw, from the Unicode ranges its subsets declare (as
 * `@font-face` unicode-range lists: "U+0000-00FF,U+0131"). A character outside them would be drawn
 * as an empty box, so a text holding one is left off the card rather than shown as boxes. So is a
 * text with a directional control: the card lays text out left to right only, and the pages show
 * such controls as visible escapes, which a picture cannot.
 */

const DIRECTIONAL_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** True when every character of a text is one the font draws. */
export type Drawable = (text: string) => boolean;

/** The test of drawable text for fonts covering the given unicode-range lists. */
export function drawableIn(rangeLists: readonly string[]): Drawable {
  const ranges = rangeLists.flatMap((list) => list.split(',').map(parseRange));
  return (text) => {
    if (DIRECTIONAL_CONTROL.test(text)) return false;
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (!ranges.some(([first, last]) => code >= first && code <= last)) return false;
    }
    return true;
  };
}

function parseRange(entry: string): [number, number] {
  const match = /^U\+([0-9A-F]+)(?:-([0-9A-F]+))?$/iu.exec(entry.trim());
  if (match === null) throw new Error(`Not a Unicode range: "${entry}"`);
  const first = Number.parseInt(match[1]!, 16);
  return [first, match[2] === undefined ? first : Number.parseInt(match[2], 16)];
}
