/**
 * Sentence splitting: Intl.Segmenter, then the repairs it needs for news copy. The segmenter breaks
 * after every full stop before a capital ("Mr. Trump", "the U.S. Secretary"), inside a quotation
 * ("Ukraine??? Don't believe it"), and between a quotation and its attribution ("…!” Trump
 * wrote."). Each repair below joins two segments back together; none ever splits one.
 */

/** A sentence and its offsets in the text it came from; the text between sentences is white space. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Words that end in a full stop without ending the sentence when followed by a name or a number.
 * Titles always precede a name; months and "No." precede a number.
 */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sec', 'gen', 'gov', 'sen', 'rep', 'rev', 'st', 'lt', 'col', 'capt', 'sgt',
  'maj', 'adm', 'cmdr', 'pres', 'supt', 'det', 'insp', 'hon', 'messrs', 'mt', 'ft', 'fr', 'sr', 'jr', 'vs', 'v',
  'cf', 'no', 'nos', 'vol', 'art', 'fig', 'ch', 'pp', 'p', 'approx', 'est', 'dept', 'univ', 'assn', 'bros',
  'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'etc', 'al',
]);

/** Words that commonly open a sentence: after "U.S." or "a.m.", these mean a new sentence did start. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'this',
  'that', 'these', 'those', 'but', 'and', 'so', 'yet', 'in', 'on', 'at', 'after', 'before', 'when', 'while',
  'there', 'then', 'however', 'still', 'meanwhile', 'both', 'some', 'many', 'most', 'if', 'as', 'for', 'no',
]);

/** Reporting verbs that make a short segment the attribution of the quotation before it. */
const REPORTING_VERBS =
  /\b(said|says|say|wrote|writes|told|tells|asked|asks|added|adds|stated|states|declared|insisted|warned|claimed|replied|explained|noted|argued|tweeted|posted|according)\b/iu;

/** Splits a text (a paragraph) into sentences covering all of its non-space characters. */
export function splitSentences(text: string): Sentence[] {
  const pieces: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const trimmed = segment.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (trimmed.trim() === '') continue;
    pieces.push({ text: trimmed.slice(lead), start: index + lead, end: index + trimmed.length });
  }

  const sentences: Sentence[] = [];
  for (const piece of pieces) {
    const previous = sentences.at(-1);
    if (previous !== undefined && continues(previous.text, piece.text)) {
      sentences[sentences.length - 1] = {
        text: text.slice(previous.start, piece.end),
        start: previous.start,
        end: piece.end,
      };
    } else {
      sentences.push(piece);
    }
  }
  return sentences;
}

/** True when `next` is not a new sentence but the rest of `previous`. */
function continues(previous: string, next: string): boolean {
  // A sentence does not begin in lower case ("at first glance... is completely unconstructive").
  if (/^["'“‘(]?\p{Ll}/u.test(next)) return true;
  // Inside a quotation that has not closed yet, the speaker is still talking.
  if (openQuotation(previous)) return true;
  const lastWord = /(\S+)\.$/u.exec(previous)?.[1] ?? '';
  const bare = lastWord.replace(/^["'“‘(]+/u, '').toLowerCase();
  const firstWord = (/^["'“‘(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  if (TITLES.has(bare)) return true;
  // Initials and dotted abbreviations (J. K., U.S., a.m.) end a sentence only when a typical
  // sentence opener follows.
  if (/^(\p{L}\.)*\p{L}$/u.test(bare) || /^(\p{L}\.)+\p{L}?$/u.test(bare)) {
    return !SENTENCE_STARTERS.has(firstWord);
  }
  // "…!” Trump wrote on Truth Social." — a short attribution after a closing quotation.
  if (/[!?]["”’']$/u.test(previous) && next.split(/\s+/u).length <= 8 && REPORTING_VERBS.test(next)) return true;
  return false;
}

/** True when the text opens more double quotations than it closes. */
function openQuotation(text: string): boolean {
  const curlyOpen = (text.match(/“/gu) ?? []).length;
  const curlyClose = (text.match(/”/gu) ?? []).length;
  if (curlyOpen > curlyClose) return true;
  // Straight quotes cannot say which way they face: an odd count means one is still open.
  return (text.match(/"/gu) ?? []).length % 2 === 1;
}
