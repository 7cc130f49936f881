/**
 * Credit lines in an article's text: its byline ("By Jane Smith") and the lines that credit other
 * reporters or newsrooms ("Additional reporting by …", "… contributed to this report"). They are
 * no sentences of the story: the lede is the first sentence that is not one.
 */
import type { UnitInfo } from './context.ts';

/**
 * A credit line other than a byline: a short unit that credits a reporter, an editor or another
 * newsroom, with a name (a capital) after its "by" or "from".
 */
const CREDIT_LINE = [
  /^\(?\s*(?:[Aa]dditional\s+)?[Rr]eporting\s+by\s+\p{Lu}/u,
  /^\(?\s*[Ww]ith\s+(?:additional\s+)?(?:reporting|reports|files)\s+(?:from|by)\s+\p{Lu}/u,
  /^\(?\s*(?:[Ee]diting|[Ee]dited|[Ww]riting|[Cc]ompiled)\s+by\s+\p{Lu}/u,
  /\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\b/u,
];

/** Words a credit line has at most: longer, it is a sentence that happens to begin so. */
const CREDIT_LINE_WORDS = 30;
/** Words of a byline's names at most: "By Jane Smith and Tom Reyes". */
const BYLINE_NAME_WORDS = 6;
/** Small words inside names and lists of names ("Ana de la Cruz", "Jane Smith and Tom Reyes"). */
const NAME_PARTICLES = new Set([
  'and',
  'de',
  'del',
  'la',
  'le',
  'du',
  'da',
  'di',
  'van',
  'von',
  'der',
  'bin',
  'al',
  'el',
]);

/**
 * True for a byline: "By Jane Smith", "Written by Jane Smith, Reuters". Every word of the names is
 * capitalised, so that a sentence that opens "By then …" or "By contrast, …" is not one.
 */
export function isByline(text: string): boolean {
  const prefix = /^\(?\s*(?:[Bb]y|[Ww]ritten by|[Ss]tory by)\s+/u.exec(text);
  if (prefix === null) return false;
  const names = text
    .slice(prefix[0].length)
    .split(/[,(]/u)[0]!
    .trim()
    .replace(/[.)]+$/u, '');
  const words = names.split(/\s+/u).filter((word) => word !== '');
  return (
    words.length > 0 &&
    words.length <= BYLINE_NAME_WORDS &&
    words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && NAME_PARTICLES.has(word)))
  );
}

/** True for a unit that is a credit line. A text pasted without its headline may open with its
 * byline, read as the headline: a byline is never a headline, so the headline is looked at too.
 */
export function isCreditLine(info: UnitInfo): boolean {
  if (info.unit.kind === 'standfirst' || info.words.length > CREDIT_LINE_WORDS) return false;
  const text = info.unit.text.trim();
  return isByline(text) || CREDIT_LINE.some((pattern) => pattern.test(text));
}
