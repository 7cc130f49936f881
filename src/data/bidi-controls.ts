/**
 * The explicit directional controls an article's text may hold, made visible. An article is input
 * from anyone, and a right-to-left override (U+202E) left open in an outlet's name or a quotation
 * reverses whatever follows it in the same paragraph: "Daily Courier compared with b.txt" would
 * read "Daily Courier.txt.b htiw derapmoc". Pages isolate every article string (`<bdi>`, see
 * src/components/ArticleText.astro) so that it cannot reorder the site's words around it, and show
 * these controls as the escapes the command line prints (`\u202e`), so that they cannot reorder
 * the article's own words either.
 *
 * The embeddings, overrides and isolates (U+202A-202E, U+2066-2069) are shown. The marks (LRM
 * U+200E, RLM U+200F, ALM U+061C) are kept: they are invisible letters with a direction, which
 * Arabic and Hebrew text uses to place a full stop or a bracket where it belongs, and inside an
 * isolated string they can move only that string's own neutral characters.
 */

const CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;
const CONTROLS = /([\u202a-\u202e\u2066-\u2069])/u;

/** A stretch of article text: either plain text or one control, written as its visible escape. */
export interface TextPiece {
  readonly text: string;
  readonly control: boolean;
}

/** The visible escape of one control character, as the command line prints it: `\u202e`. */
function escape(char: string): string {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

/** Whether `text` holds an explicit directional control (most article text does not). */
export function hasBidiControls(text: string): boolean {
  return CONTROL.test(text);
}

/** `text` cut into plain stretches and its controls, each control as its visible escape; empty stretches left out. */
export function bidiPieces(text: string): TextPiece[] {
  return text
    .split(CONTROLS)
    .map((part, index) => (index % 2 === 1 ? { text: escape(part), control: true } : { text: part, control: false }))
    .filter((piece) => piece.text !== '');
}

/**
 * `text` with each control replaced by its visible escape, for places that hold no markup and so
 * cannot isolate: the page's title and descriptions, an `<option>`.
 */
export function visibleBidiControls(text: string): string {
  return bidiPieces(text)
    .map((piece) => piece.text)
    .join('');
}
