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

/** Splits a text into tokens covering it exactly. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    const kind: TokenKind = isWordLike ? 'word' : /^\s+$/u.test(segment) ? 'space' : 'punctuation';
    tokens.push({ text: segment, kind, start: index, end: index + segment.length });
  }
  return tokens;
}
