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

/** Titles: they end a sentence only when no name follows ("Mr. Trump", but "…Martin Luther King Jr. The march…"). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sec',
  'gen',
  'gov',
  'sen',
  'rep',
  'rev',
  'st',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'adm',
  'cmdr',
  'pres',
  'supt',
  'det',
  'insp',
  'hon',
  'messrs',
  'mt',
  'ft',
  'fr',
  'sr',
  'jr',
]);

/** Abbreviations that stand before a number ("No. 10", "Jan. 5", "p. 12"); before anything else they end a sentence ("he said no."). */
const BEFORE_NUMBERS = new Set([
  'no',
  'nos',
  'vol',
  'art',
  'fig',
  'ch',
  'pp',
  'p',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Other abbreviations: they end a sentence only when a typical sentence opener follows. */
const ABBREVIATIONS = new Set([
  'vs',
  'v',
  'cf',
  'e.g',
  'i.e',
  'etc',
  'al',
  'approx',
  'est',
  'dept',
  'univ',
  'assn',
  'bros',
  'inc',
  'ltd',
  'co',
  'corp',
]);

/** Words that commonly open a sentence: after "U.S." or "a.m.", these mean a new sentence did start. */
const SENTENCE_STARTERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'its',
  'this',
  'that',
  'these',
  'those',
  'but',
  'and',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'there',
  'then',
  'however',
  'still',
  'meanwhile',
  'both',
  'some',
  'many',
  'most',
  'if',
  'as',
  'for',
  'no',
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
  // Quotation marks still open in the sentence being built, kept as running counts: recounting
  // a sentence that keeps growing (a long quotation) would be quadratic.
  let open = { curly: 0, straight: 0 };
  for (const piece of pieces) {
    const previous = sentences.at(-1);
    const marks = quotationMarks(piece.text);
    if (previous !== undefined && continues(previous.text, piece.text, open)) {
      sentences[sentences.length - 1] = {
        text: text.slice(previous.start, piece.end),
        start: previous.start,
        end: piece.end,
      };
      open = { curly: open.curly + marks.curly, straight: open.straight + marks.straight };
    } else {
      sentences.push(piece);
      open = marks;
    }
  }
  return sentences;
}

/** Curly quotations opened minus closed, and the number of straight double quotes, in a text. */
function quotationMarks(text: string): { curly: number; straight: number } {
  let curly = 0;
  let straight = 0;
  for (const character of text) {
    if (character === '“') curly += 1;
    else if (character === '”') curly -= 1;
    else if (character === '"') straight += 1;
  }
  return { curly, straight };
}

/** How many characters of a sentence's end the rules below look at. */
const TAIL = 80;

/** True when `next` is not a new sentence but the rest of `previous`. */
function continues(sentence: string, next: string, open: { curly: number; straight: number }): boolean {
  // A sentence does not begin in lower case ("at first glance... is completely unconstructive").
  if (/^["'“‘(]?\p{Ll}/u.test(next)) return true;
  // Inside a quotation that has not closed yet, the speaker is still talking. Straight quotes
  // cannot say which way they face: an odd count means one is still open.
  if (open.curly > 0 || open.straight % 2 === 1) return true;
  // The rules below look at the sentence's last word and mark only: its tail, so that a long
  // sentence is not scanned again for every piece joined to it.
  const previous = sentence.slice(-TAIL);
  const lastWord = /(\S+)\.$/u.exec(previous)?.[1] ?? '';
  const bare = lastWord.replace(/^["'“‘(]+/u, '').toLowerCase();
  const firstWord = (/^["'“‘(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  if (BEFORE_NUMBERS.has(bare)) return /^\p{N}/u.test(next);
  if (TITLES.has(bare)) return /^["'“‘(]?\p{Lu}/u.test(next) && !SENTENCE_STARTERS.has(firstWord);
  if (ABBREVIATIONS.has(bare)) return !SENTENCE_STARTERS.has(firstWord);
  // Initials and dotted abbreviations (J. K., U.S., a.m.) end a sentence only when a typical
  // sentence opener follows.
  if (/^(\p{L}\.)*\p{L}$/u.test(bare) || /^(\p{L}\.)+\p{L}?$/u.test(bare)) {
    return !SENTENCE_STARTERS.has(firstWord);
  }
  // "…!” Trump wrote on Truth Social." — a short attribution after a closing quotation.
  if (/[!?]["”’']$/u.test(previous) && next.split(/\s+/u).length <= 8 && REPORTING_VERBS.test(next)) return true;
  return false;
}
