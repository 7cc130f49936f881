/**
 * The standfirst (dek) of a web page: the element in the article whose class or id says it is one.
 * The names must say so specifically: "description", "summary" or "subtitle" alone also name photo
 * captions ("image-description"), author boxes ("author-description") and teasers, and taking one
 * of those would move a caption or a biography into the article's header.
 */
import { nameWords } from './html-chrome.ts';
import { shownText } from './html-text.ts';

/** Words that name a standfirst wherever they stand in a name ("c-article__standfirst"). */
const WORDS = new Set(['standfirst', 'dek', 'subheadline', 'subhead', 'strapline']);
/** Consecutive words that name one together ("sub-headline", "summary-lede", "article-deck"). */
const PAIRS = new Set([
  'sub headline',
  'sub head',
  'summary lede',
  'article summary',
  'article deck',
  'story deck',
  'article dek',
  'article subtitle',
  'headline subtitle',
]);
/** Names that are a standfirst only as a whole: "deck" (not "card-deck"), "subtitle". */
const WHOLE_NAMES = new Set(['deck', 'subtitle']);
/** Where a standfirst never is: figures and their captions, and boxes named with these words (about the author). */
const NOT_IN_TAGS = new Set(['figure', 'figcaption']);
const NOT_IN_WORDS = new Set(['author', 'authors', 'byline', 'bio', 'biography', 'contributor', 'profile']);

/** The text of the first element in the article whose class or id names it the standfirst. */
export function standfirstOf(document: Document): string | undefined {
  const element = [...document.querySelectorAll('article [class], article [id], main [class], main [id]')].find(
    (candidate) => namesStandfirst(names(candidate)) && !inCaptionOrAuthorBox(candidate),
  );
  const standfirst = shownText(element ?? null);
  return standfirst === '' ? undefined : standfirst;
}

/** True for an element in (or being) a figure, a caption or an author box, up to the article. */
function inCaptionOrAuthorBox(element: Element): boolean {
  for (let node: Element | null = element; node !== null && !node.matches('article, main'); node = node.parentElement) {
    if (
      NOT_IN_TAGS.has(node.localName.toLowerCase()) ||
      nameWords(names(node)).some((words) => words.some((word) => NOT_IN_WORDS.has(word)))
    )
      return true;
  }
  return false;
}

function names(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

/** True when a class or id list names a standfirst. */
export function namesStandfirst(names: string): boolean {
  return nameWords(names).some(
    (words) =>
      WHOLE_NAMES.has(words.join(' ')) ||
      words.some((word, index) => WORDS.has(word) || PAIRS.has(`${word} ${words[index + 1] ?? ''}`)),
  );
}
