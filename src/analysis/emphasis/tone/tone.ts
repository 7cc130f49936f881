/**
 * Tone of one sentence: the words and signs of opinion in the writer's own voice, outside quotation
 * marks. In news copy, evaluation belongs to sources, in quotation marks; evaluation outside them is
 * the writer's. Three sources of evidence, each a mark with its offsets:
 * - framing words, from the hand-written framing lexicon ("regime", "slammed", "so-called");
 * - words of strong valence in VADER's lexicon that plain news does not use to report ("appalling");
 * - signs: capitals for effect, exclamation, a question, first person, the reader addressed.
 *
 * The rule, written down once: a sentence carries opinion when it holds at least one mark. Each
 * kind of evidence is, on its own, something a news style guide keeps out of the writer's voice,
 * so one is enough; the score (one for each framing word or sign, |valence| / 2 for a VADER word)
 * says how much opinion, for comparing two versions of a sentence.
 */
import { compileLexicon, isCapitalised, matchLexicon, textWords, type Word } from '../match.ts';
import type { Quotation } from '../quotations.ts';
import { continuedQuotationEnd, findQuotations } from '../quotations.ts';
import { FAMILY_OF, FRAMING, type FramingFamily } from './framing-lexicon.ts';
import { inLoadedUse } from './loaded-use.ts';
import { type SignKind, toneSigns } from './tone-signs.ts';
import { loadedValence, valenceOf } from './valence.ts';

/** What a mark is evidence of. */
export type ToneKind = 'framing' | 'valence' | SignKind;

/** A word or sign of opinion in the writer's own voice. */
export interface ToneMark {
  readonly kind: ToneKind;
  /** The framing lexicon's family, for a framing word. */
  readonly family?: FramingFamily | undefined;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** How much the mark weighs in the score. */
  readonly weight: number;
}

/** The tone of a sentence. */
export interface Tone {
  readonly marks: readonly ToneMark[];
  readonly score: number;
  /** True when the sentence carries opinion in the writer's own voice. */
  readonly opinion: boolean;
}

/** What the caller may already know of the sentence. */
export interface ToneOptions {
  readonly quotations?: readonly Quotation[] | undefined;
  /** True for a headline in Title Case, where a capital does not mark a name. Guessed when absent. */
  readonly titleCase?: boolean | undefined;
  /** Folded words the texts write in lower case: in capitals they are a shout, not an acronym. */
  readonly lowerCaseWords?: ReadonlySet<string> | undefined;
}

const FRAMING_LEXICON = compileLexicon(Object.values(FRAMING).flat());

/** Kinds of mark that are words a reader would call loaded (the rest are signs). */
export const WORD_KINDS: ReadonlySet<ToneKind> = new Set(['framing', 'valence', 'capitals']);

/** The tone of a sentence's text. */
export function readTone(text: string, options: ToneOptions = {}): Tone {
  const words = textWords(text);
  const quotations = [...continuedQuotation(text), ...(options.quotations ?? findQuotations(text))];
  const titleCase = options.titleCase ?? inTitleCase(words);
  const marks: ToneMark[] = [];
  const taken = new Set<number>();
  for (const match of matchLexicon(words, text, FRAMING_LEXICON, quotations, titleCase)) {
    if (match.quoted || !inLoadedUse(words, match.index, match.headword)) continue;
    marks.push({ kind: 'framing', family: FAMILY_OF.get(match.headword), ...span(match), weight: 1 });
    for (let index = match.index; words[index] !== undefined && words[index]!.end <= match.end; index += 1)
      taken.add(index);
  }
  words.forEach((word, index) => {
    // A capital inside a sentence marks a name ("Liberty University", "Justice Department").
    if (taken.has(index) || isQuotedWord(word, quotations) || (word.capitalisedInside && !titleCase)) return;
    const valence = loadedValence(word.folded);
    if (valence !== undefined) marks.push({ kind: 'valence', ...span(word), weight: Math.abs(valence) / 2 });
  });
  const isWord = (folded: string) =>
    valenceOf(folded) !== undefined || FAMILY_OF.has(folded) || !!options.lowerCaseWords?.has(folded);
  for (const sign of toneSigns(text, words, quotations, isWord)) {
    // A loaded word in capitals is one mark, of the word: "DISGRACEFUL" is both.
    if (marks.some((mark) => mark.start <= sign.start && sign.end <= mark.end)) continue;
    marks.push({ kind: sign.kind, text: sign.text, start: sign.start, end: sign.end, weight: 1 });
  }
  marks.sort((x, y) => x.start - y.start);
  const score = Math.round(marks.reduce((sum, mark) => sum + mark.weight, 0) * 100) / 100;
  return { marks, score, opinion: marks.length > 0 };
}

/**
 * The end of a quotation opened in an earlier sentence, as the speaker's words: "We saw it,' Nor
 * said." A closing mark right after punctuation, before any opening mark, ends a quotation; a mark
 * after a plain letter may be an apostrophe ("the fighters' base") and is left alone.
 */
function continuedQuotation(text: string): Quotation[] {
  for (const single of [false, true]) {
    const end = continuedQuotationEnd(text, single);
    if (end !== undefined && end > 0 && /[,.!?…—–-]/u.test(text[end - 1]!))
      return [{ text: text.slice(0, end), start: 0, end, closed: true }];
  }
  return [];
}

function span(item: { readonly text: string; readonly start: number; readonly end: number }) {
  return { text: item.text, start: item.start, end: item.end };
}

function isQuotedWord(word: Word, quotations: readonly Quotation[]): boolean {
  return quotations.some((quotation) => word.start >= quotation.start && word.start < quotation.end);
}

/** True for a text in Title Case: most words longer than three letters start with a capital. */
function inTitleCase(words: readonly Word[]): boolean {
  const long = words.filter((word) => /\p{L}/u.test(word.text) && [...word.text].length > 3);
  return long.length >= 3 && long.filter((word) => isCapitalised(word.text)).length / long.length >= 0.8;
}
