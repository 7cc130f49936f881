/**
 * Which text the card can draw. The font is the judge: satori reports each character it finds in
 * none of the card's fonts (card-draw.ts asks it), and a text holding one is left off the card
 * rather than drawn as empty boxes. Some characters are left off whatever the font holds: control
 * characters and line or paragraph separators, which would be drawn as boxes or break the line,
 * and directional controls, which the card cannot lay out (it sets text left to right only) and
 * which the pages show as visible escapes, as a picture cannot.
 */

/** True when the card can draw every character of a text. */
export type Drawable = (text: string) => boolean;

const NEVER_DRAWN = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The test of drawable text, given the characters the fonts were found to lack. */
export function drawableWithout(missing: ReadonlySet<string>): Drawable {
  return (text) => {
    if (NEVER_DRAWN.test(text)) return false;
    for (const char of text) if (missing.has(char)) return false;
    return true;
  };
}

/**
 * The characters of the segments satori could not draw. Spaces are left out: satori's segments
 * may carry the space beside a missing character, and every text has spaces.
 */
export function missingCharacters(segments: readonly string[]): Set<string> {
  const missing = new Set<string>();
  for (const segment of segments) for (const char of segment) if (!/\s/u.test(char)) missing.add(char);
  return missing;
}
