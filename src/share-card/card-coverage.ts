/**
 * Which text the card can draw. The fonts are the judge: satori reports each grapheme it finds in
 * none of the card's fonts (render-card.ts asks it), and a text holding one is left off the card
 * rather than drawn as empty boxes. satori looks at a grapheme's first character only, so the
 * combining marks in the card's text are asked about on their own (probeMarks), and a grapheme
 * with a mark the fonts lack is missing too. Some characters are left off whatever the fonts
 * hold: control characters and line or paragraph separators, which would be drawn as boxes or
 * break the line, and directional controls, which the card cannot lay out (it sets text left to
 * right only) and which the pages show as visible escapes, as a picture cannot.
 */

/** True when the card can draw every grapheme of a text. */
export type Drawable = (text: string) => boolean;

const NEVER_DRAWN = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const MARK = /\p{M}/u;
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The graphemes of a text. */
export function graphemes(text: string): string[] {
  return Array.from(GRAPHEMES.segment(text), (part) => part.segment);
}

/** What the fonts were found to lack: whole graphemes, and combining marks asked about alone. */
export interface Missing {
  readonly graphemes: ReadonlySet<string>;
  readonly marks: ReadonlySet<string>;
}

export const NOTHING_MISSING: Missing = { graphemes: new Set(), marks: new Set() };

/** The test of drawable text, given what the fonts lack. */
export function drawableWithout(missing: Missing): Drawable {
  return (text) => {
    if (NEVER_DRAWN.test(text)) return false;
    for (const grapheme of graphemes(text)) {
      if (missing.graphemes.has(grapheme)) return false;
      if (MARK.test(grapheme) && [...grapheme].some((char) => missing.marks.has(char))) return false;
    }
    return true;
  };
}

/**
 * The graphemes of the runs satori could not draw (it joins the graphemes of one language into
 * one run). Spaces are left out: a space the fonts lack (a narrow or an ideographic space) is
 * drawn as a blank, which is what a space is.
 */
export function missingGraphemes(runs: readonly string[]): Set<string> {
  return new Set(runs.flatMap(graphemes).filter((grapheme) => !/^\s+$/u.test(grapheme)));
}

/** The marks among the runs satori could not draw when asked about marks alone. */
export function missingMarks(runs: readonly string[]): Set<string> {
  return new Set(runs.flatMap((run) => [...run]).filter((char) => MARK.test(char)));
}

/** The combining marks of some texts, each once: satori is asked about these on their own. */
export function combiningMarks(texts: readonly string[]): string[] {
  const marks = new Set<string>();
  for (const text of texts) for (const char of text) if (MARK.test(char)) marks.add(char);
  return [...marks].sort();
}
