/**
 * Tokens that cover a text exactly: words, punctuation and white space, each with its offsets, so
 * that joining the tokens gives back the text character for character. Intl.Segmenter finds the
 * word boundaries, which keeps grapheme clusters (emoji, combining accents) whole and works for
 * scripts written without spaces.
 */

/** What a token is; only words carry meaning for similarity. */
export type TokenKind = 'word' | 'punctuation' | 'space';

/** A token and where it sits in its text. */
export interface Token {
  readonly text: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * Memo of recent tokenisations: a comparison tokenises each unit more than once (features, word
 * diff, counts). Cleared when full, so that it never grows without bound. Tokens are frozen, so
 * sharing them is safe.
 */
const recent = new Map<string, readonly Token[]>();
const RECENT_LIMIT = 20_000;

/** Splits a text into tokens covering it exactly. */
export function tokenize(text: string): readonly Token[] {
  let tokens = recent.get(text);
  if (tokens === undefined) {
    tokens = Object.freeze(segment(text).map((token) => Object.freeze(token)));
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(text, tokens);
  }
  return tokens;
}

function segment(text: string): Token[] {
  const tokens: Token[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    const kind: TokenKind = isWordLike ? 'word' : /^\s+$/u.test(segment) ? 'space' : 'punctuation';
    tokens.push({ text: segment, kind, start: index, end: index + segment.length });
  }
  return tokens;
}
