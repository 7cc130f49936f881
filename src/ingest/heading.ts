/**
 * Section headings in plain text: a short line standing alone, starting with a capital or a digit,
 * ending without punctuation. Anything doubtful stays a paragraph: a missed heading costs
 * structure, a false one turns a sentence ("Not yet", "“We will win”") into a title.
 */

const MAX_WORDS = 12;
const MAX_LENGTH = 100;
/** Words a title-case heading leaves in lower case. */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'from',
  'as',
  'into',
  'over',
  'under',
  'vs',
  'without',
  'after',
  'amid',
]);

/** True when a line reads as a section heading (the caller checks that it stands alone). */
export function isHeadingLike(text: string): boolean {
  const words = text.split(/\s+/u);
  if (text.length > MAX_LENGTH || words.length > MAX_WORDS || words.length < 2) return false;
  if (!/^[\p{Lu}\p{Lo}\p{N}]/u.test(text)) return false;
  // A numbered line ("1. First point", "2) Second") is an item, and a quotation is speech.
  if (/^\p{N}+[.)]\s/u.test(text) || /["“”‘’]/u.test(text) || /(?:^|\s)'|'(?:\s|$)/u.test(text)) return false;
  // Sentence-final or clause punctuation, or a closing bracket: prose, not a title.
  if (/[.!?,;:…)\]]$/u.test(text)) return false;
  // Very short lines must be in title case ("Turmoil in Kyiv", not "Not yet" or "28 points").
  if (words.length <= 3) {
    return words.every((word, index) => /^[\p{Lu}\p{Lo}\p{N}]/u.test(word) || (index > 0 && SMALL_WORDS.has(word)));
  }
  return true;
}
