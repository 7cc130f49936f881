/**
 * A Pagefind result's excerpt as plain segments, the matched words flagged, made from the text
 * Pagefind indexed. Pagefind's own excerpt is HTML in which `<` and `>` are escaped but `&` is
 * not, so it cannot be decoded: an article's `&lt;b&gt;` and its `<b>` come out the same. Its
 * `raw_content` is that same escaping of the whole text, and its `content` the text itself; read
 * side by side they tell an escape from the article's own characters, and the excerpt is cut from
 * the result, word for word as Pagefind counts words (the match `locations`). The search page
 * builds text nodes and <mark> elements from the segments, never markup.
 */

/** A stretch of an excerpt, and whether it is a match. */
export interface ExcerptSegment {
  readonly text: string;
  readonly match: boolean;
}

/** What an excerpt is made from: the fields of a Pagefind result's data of the same names. */
export interface IndexedText {
  /** The page's text as indexed, zero-width spaces removed. */
  readonly content: string;
  /** The same text, zero-width spaces kept, with `<` and `>` written `&lt;` and `&gt;`. */
  readonly raw_content: string;
  /** The matched words, as indexes into the words of `raw_content`. */
  readonly locations: readonly number[];
  /** How many words Pagefind counted in the text. */
  readonly word_count?: number;
}

/** How many words an excerpt shows, as Pagefind's default; and how many before the first match. */
const LENGTH = 30;
const BEFORE = 5;

/**
 * `raw_content` unescaped exactly: a `&lt;` there is a `<` only where the text has one (an
 * article's own `&lt;` stays); the zero-width spaces that divide words of some scripts are kept.
 */
function unescape(raw: string, content: string): string {
  let out = '';
  let at = 0;
  for (let index = 0; index < raw.length;) {
    const char = content[at];
    if ((char === '<' && raw.startsWith('&lt;', index)) || (char === '>' && raw.startsWith('&gt;', index))) {
      out += char;
      index += 4;
      at += 1;
    } else if (raw[index] === '\u200b' && char !== '\u200b') {
      out += '\u200b';
      index += 1;
    } else {
      out += raw[index];
      index += 1;
      at += 1;
    }
  }
  return out;
}

/** The first word of the stretch of `LENGTH` words holding the most matches, a few words before the first of them. */
function excerptStart(locations: readonly number[], words: number): number {
  let best = 0;
  let most = -1;
  for (const location of locations) {
    const start = Math.max(0, Math.min(location - BEFORE, words - LENGTH));
    const count = locations.filter((other) => other >= start && other < start + LENGTH).length;
    if (count > most) [best, most] = [start, count];
  }
  return best;
}

/**
 * The text cut into words and the separators after them, as Pagefind counts words: at the
 * zero-width spaces it puts between the words of scripts written without spaces (Chinese,
 * Japanese), else at white space. A text of such a script is one whose white-space words are not
 * the words Pagefind counted; an English article holding a zero-width space of its own is cut at
 * white space, its zero-width space kept inside its word. Separators are kept as written (a
 * no-break space stays one); Pagefind's zero-width spaces are its own, and shown as nothing.
 */
function wordsOf(text: string, wordCount: number | undefined): { words: string[]; separators: string[] } {
  const parts = text.split(/([^\S\ufeff]+)/u);
  const words = parts.filter((_, index) => index % 2 === 0);
  const divided = text.includes('\u200b') && (wordCount === undefined || wordCount !== words.length);
  if (divided) {
    const pieces = text.split('\u200b');
    return { words: pieces, separators: pieces.map(() => '') };
  }
  return { words, separators: parts.filter((_, index) => index % 2 === 1) };
}

/** The segments of a result's excerpt, in order, consecutive words of one kind together. */
export function excerptSegments(result: IndexedText): ExcerptSegment[] {
  const text = unescape(result.raw_content, result.content);
  const { words, separators } = wordsOf(text, result.word_count);
  const matches = new Set(result.locations);
  const start = excerptStart(result.locations, words.length);
  const segments: ExcerptSegment[] = [];
  const add = (piece: string, match: boolean): void => {
    const last = segments.at(-1);
    if (piece === '') return;
    if (last !== undefined && last.match === match) segments[segments.length - 1] = { text: last.text + piece, match };
    else segments.push({ text: piece, match });
  };
  for (let index = start; index < Math.min(words.length, start + LENGTH); index += 1) {
    if (index > start) add(separators[index - 1] ?? '', false);
    add(words[index] ?? '', matches.has(index));
  }
  return segments;
}
