/**
 * What similarity looks at in a unit: its terms (words, case- and typography-folded, crudely
 * stemmed) and its character trigrams. Both are language-independent: stemming is prefix
 * truncation, which works for most languages that inflect at the end of words, and function words
 * are not listed but weighed down by their document frequency (see similarity.ts).
 */
import { comparisonForm, foldCase } from '../units/normalize.ts';
import { tokenize } from '../units/tokenize.ts';

/** Counts by term or trigram. */
export type Counts = ReadonlyMap<string, number>;

/** The features of one unit. */
export interface UnitFeatures {
  /** The unit's comparison form, to find units kept word for word. */
  readonly key: string;
  /** Stemmed terms with their counts. */
  readonly terms: Counts;
  /** Terms that name something: numbers, and capitalised words not at the start of the unit. */
  readonly salient: ReadonlySet<string>;
  /** Character trigrams of the folded text (words only, single spaces), packed as numbers. */
  readonly trigrams: GramCounts;
  /** Number of word tokens. */
  readonly length: number;
}

/** Distinct packed trigrams in increasing order, and how often each occurs. */
export interface GramCounts {
  readonly grams: Float64Array;
  readonly counts: Float64Array;
}

/**
 * Prefix length kept by the stemmer: "negotiation", "negotiations", "negotiating" and
 * "negotiators" all become "negoti". Long enough to keep most distinct words apart.
 */
const STEM_LENGTH = 6;

/** Reduces a folded word to its stem. */
export function stem(word: string): string {
  const base = word.replace(/'s$/u, '').replace(/'$/u, '');
  const graphemes = [...base];
  if (graphemes.length > STEM_LENGTH) return graphemes.slice(0, STEM_LENGTH).join('');
  // Short plurals: "talks" and "talk", "plans" and "plan".
  return graphemes.length > 3 && base.endsWith('s') && !base.endsWith('ss') ? base.slice(0, -1) : base;
}

/** What features take from one word, computed once per distinct word. */
interface WordInfo {
  readonly folded: string;
  readonly term: string;
  /** A number, or a capitalised word: a name when it is not the first word of the unit. */
  readonly numeric: boolean;
  readonly capitalised: boolean;
}

/** Memo of word information, cleared when full so that it never grows without bound. */
const words = new Map<string, WordInfo>();
const WORDS_LIMIT = 100_000;

function wordInfo(word: string): WordInfo {
  let info = words.get(word);
  if (info === undefined) {
    const folded = foldCase(word);
    info = { folded, term: stem(folded), numeric: /^\p{N}/u.test(word), capitalised: /^\p{Lu}/u.test(word) };
    if (words.size >= WORDS_LIMIT) words.clear();
    words.set(word, info);
  }
  return info;
}

/** Trigrams of characters below this code unit pack into a small integer. */
const NARROW = 1 << 10;
const WIDE_OFFSET = 1 << 30;

/**
 * A trigram as one number, so that no substring is allocated and no string hashed for the most
 * numerous feature there is. Three code units below 1024 (Latin, Greek, most of Cyrillic) pack
 * into 30 bits, a small integer that the engine keeps unboxed; any other trigram packs its three
 * 16-bit code units into 48 bits above 2^30, exact in a double and apart from the narrow ones.
 */
function packTrigram(first: number, second: number, third: number): number {
  if (first < NARROW && second < NARROW && third < NARROW) return (first << 20) | (second << 10) | third;
  return WIDE_OFFSET + first * 0x1_0000_0000 + second * 0x1_0000 + third;
}

/**
 * The trigrams of a text with their counts, by sorting the packed trigrams and counting runs: a
 * map per unit, with a lookup and an update per character, cost more than the rest of the
 * features together.
 */
function gramCounts(text: string): GramCounts {
  const all = new Float64Array(Math.max(0, text.length - 2));
  for (let index = 0; index < all.length; index += 1) {
    all[index] = packTrigram(text.charCodeAt(index), text.charCodeAt(index + 1), text.charCodeAt(index + 2));
  }
  all.sort();
  let distinct = 0;
  for (let index = 0; index < all.length; index += 1) if (index === 0 || all[index] !== all[index - 1]) distinct += 1;
  const grams = new Float64Array(distinct);
  const counts = new Float64Array(distinct);
  let position = -1;
  for (let index = 0; index < all.length; index += 1) {
    if (index === 0 || all[index] !== all[index - 1]) {
      position += 1;
      grams[position] = all[index]!;
    }
    counts[position]! += 1;
  }
  return { grams, counts };
}

/** A word folded for comparison (case and typography), from the same memo as the features. */
export function foldWord(word: string): string {
  return wordInfo(word).folded;
}

/** Computes the features of a text. */
export function unitFeatures(text: string): UnitFeatures {
  const terms = new Map<string, number>();
  const salient = new Set<string>();
  const folded: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    const info = wordInfo(token.text);
    folded.push(info.folded);
    terms.set(info.term, (terms.get(info.term) ?? 0) + 1);
    if (info.numeric || (folded.length > 1 && info.capitalised)) salient.add(info.term);
  }
  const trigrams = gramCounts(` ${folded.join(' ')} `);
  return { key: comparisonForm(text).trim(), terms, salient, trigrams, length: folded.length };
}
