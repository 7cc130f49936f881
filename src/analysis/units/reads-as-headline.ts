/**
 * Whether a headline unit reads as a headline. A file without a headline puts its first paragraph
 * in the headline's place: the lede ("BEIRUT — Islamic State fighters seized …"), a byline
 * ("By Jane Smith") or a line of a saved page's script. Such a line is not a headline: the aligner
 * pairs it as the body sentence it is, and no headline finding speaks of it.
 */
import { tokenize } from './tokenize.ts';

/** Longer than this, a "headline" is a paragraph that a file without a headline put first. */
const MAX_HEADLINE_WORDS = 25;

const BYLINE = /^By(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$/u;

/** False for a paragraph too long to be a headline, a line of code ending in a semicolon, or a byline. */
export function readsAsHeadline(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith(';') || BYLINE.test(trimmed)) return false;
  let words = 0;
  for (const token of tokenize(trimmed)) if (token.kind === 'word' && ++words > MAX_HEADLINE_WORDS) return false;
  return true;
}
