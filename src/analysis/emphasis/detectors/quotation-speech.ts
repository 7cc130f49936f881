/**
 * How a rewrite can change the way words were said while keeping the words: quotations said apart
 * joined into one pair of quotation marks (stitched), a quotation's marks taken off so that the
 * speaker's words read as the writer's report of them (indirect), and the opening of a quotation
 * turned into the writer's words ("I shall be talking" → he would be “talking”).
 */
import type { EmphasisContext, UnitInfo } from '../context.ts';
import type { Draft } from '../finding.ts';
import { clampSalience, excerpt, listed } from '../finding.ts';
import { prominence, SALIENCE } from '../salience.ts';
import type { Word } from '../match.ts';
import { isQuoted } from '../match.ts';
import { sameSpelling } from '../house-style.ts';
import { spellingMatchKeys } from '../spelling-keys.ts';
import { MAX_QUOTATION_CANDIDATES, nearest } from './quotation-candidates.ts';
import type { QuoteRef } from './quotation-refs.ts';
import { quoted, quoteMarks, quoteSide } from './quotation-refs.ts';

/** Words a piece of a stitched quotation must have, unless it is a whole quotation of the original. */
const MIN_PIECE_WORDS = 3;
/** Share of a quotation's words that must stand, in order, in the rewrite's own words for indirect speech. */
const INDIRECT_SHARE = 0.9;

/** Words by which a speaker speaks of themselves, which indirect speech turns into the third person. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'we', 'us', 'our', "i'm", 'i’m', "we're", 'we’re']);

/** A stitched quotation: the rewrite's quotation and the original's quotations it joins. */
export interface Stitch {
  readonly to: QuoteRef;
  readonly pieces: readonly QuoteRef[];
  /**
   * False when no words stand between the pieces in the original: one speaker going on over
   * paragraphs, each reopened with a mark, which the rewrite sets as one paragraph. Not a change.
   */
  readonly apart: boolean;
}

/**
 * The rewrite's quotations made of runs of two or more of the original's quotations, in the
 * original's order. With words between them in the original (an attribution, "X continued"), the
 * quotation marks now say the words were said at one go. Each run is taken longest first.
 */
export function findStitches(fromQuotes: readonly QuoteRef[], toQuotes: readonly QuoteRef[]): Stitch[] {
  const stitches: Stitch[] = [];
  const fromWords = fromQuotes.map((quote) => quote.words.map((word) => word.folded));
  // A piece starts with the rewrite's word at the position in some spelling: only the original's
  // quotations holding such a word are tried, through an index of their words' spelling keys,
  // instead of every quotation at every position.
  const byKey = new Map<string, number[]>();
  fromWords.forEach((words, index) => {
    for (const word of words) {
      for (const key of spellingMatchKeys(word)) {
        const list = byKey.get(key);
        if (list === undefined) byKey.set(key, [index]);
        else if (list.at(-1) !== index) list.push(index);
      }
    }
  });
  for (const [toIndex, to] of toQuotes.entries()) {
    const words = to.words.map((word) => word.folded);
    // One word cannot hold two pieces.
    if (words.length < 2) continue;
    const near = Math.round((toIndex * fromQuotes.length) / Math.max(1, toQuotes.length));
    const pieces: QuoteRef[] = [];
    let position = 0;
    while (position < words.length) {
      let best: { quote: QuoteRef; length: number } | undefined;
      const lists = spellingMatchKeys(words[position]!).map((key) => byKey.get(key) ?? []);
      for (const index of nearest(lists, near, MAX_QUOTATION_CANDIDATES)) {
        const quote = fromWords[index]!;
        // No run is longer than the quotation, nor than the rewrite's words left.
        if (quote.length <= (best?.length ?? 0)) continue;
        const length = longestRunAt(words, position, quote);
        const whole = length === quote.length;
        if ((whole || length >= MIN_PIECE_WORDS) && length > (best?.length ?? 0))
          best = { quote: fromQuotes[index]!, length };
        if (best?.length === words.length - position) break;
      }
      if (best === undefined) break;
      if (pieces.at(-1) !== best.quote) pieces.push(best.quote);
      position += best.length;
    }
    if (position < words.length || pieces.length < 2) continue;
    const order = pieces.map((piece) => fromQuotes.indexOf(piece));
    if (!order.every((index, at) => at === 0 || index > order[at - 1]!)) continue;
    const apart = pieces.slice(1).some((piece, at) => between(pieces[at]!, piece) !== '');
    stitches.push({ to, pieces, apart });
  }
  return stitches;
}

/** The longest run of a quotation's words, anywhere in it, that the rewrite's words continue with at a position. */
function longestRunAt(words: readonly string[], position: number, quote: readonly string[]): number {
  let best = 0;
  for (let start = 0; start < quote.length; start += 1) {
    let length = 0;
    while (
      start + length < quote.length &&
      position + length < words.length &&
      sameSpelling(quote[start + length]!, words[position + length]!)
    )
      length += 1;
    best = Math.max(best, length);
  }
  return best;
}

/** The original's words between two of its quotations, outside the marks ("Trump continued"). */
function between(first: QuoteRef, second: QuoteRef): string {
  const last = first.parts.at(-1)!;
  const after = second.parts[0]!;
  const text =
    last.info === after.info
      ? last.info.unit.text.slice(last.end, after.start)
      : `${last.info.unit.text.slice(last.end)} ${after.info.unit.text.slice(0, after.start)}`;
  return text
    .replace(/^[\s"'‘’“”«»„,.;:…-]+|[\s"'‘’“”«»„,.;:…-]+$/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The finding of a stitched quotation: high, since the marks now hide that the words were said apart. */
export function stitchedFinding(stitch: Stitch, context: EmphasisContext): Draft {
  const { to, pieces } = stitch;
  const gaps = pieces
    .slice(1)
    .map((piece, at) => between(pieces[at]!, piece))
    .filter((gap) => gap !== '')
    .map((gap) => excerpt(gap, 80));
  return {
    kind: 'quotation',
    change: 'stitched',
    salience: SALIENCE.quotation.stitched,
    from: { units: [...new Set(pieces.flatMap((piece) => quoteSide(piece).units))], excerpt: quoted(pieces[0]!) },
    to: quoteSide(to),
    marks: [...pieces.flatMap(quoteMarks), ...quoteMarks(to)],
    group: context.groupOf.to.get(to.info.unit.id)?.id,
    explanation:
      `The rewrite joins ${pieces.length} quotations the original gives apart (${listed(pieces.map(quoted))}) ` +
      `into one: the original’s words between them, ${listed(gaps)}, are gone, so the quotation marks now ` +
      `present words said apart as said at one go.`,
  };
}

/**
 * An original quotation whose words stand, mostly in order, in the rewrite's own words around it:
 * the marks are gone and the writer reports the speech. Undefined when the words do not survive so.
 */
export function indirectFinding(from: QuoteRef, counterpart: readonly UnitInfo[], group?: string): Draft | undefined {
  const quote = from.words.map((word) => word.folded);
  let best: { info: UnitInfo; first: Word; last: Word; matched: number } | undefined;
  for (const info of counterpart) {
    const words = info.words.filter((word) => !isQuoted(word.start, info.quotations));
    const run = inOrder(quote, words);
    if (run !== undefined && run.matched > (best?.matched ?? 0)) best = { info, ...run };
  }
  if (best === undefined || best.matched < Math.max(2, INDIRECT_SHARE * quote.length)) return undefined;
  // The rewrite's words as they stand, from two words before the quotation's: the reporting frame.
  const words = best.info.words;
  const firstIndex = Math.max(0, words.indexOf(best.first) - 2);
  const now = best.info.unit.text.slice(words[firstIndex]!.start, best.last.end);
  return {
    kind: 'quotation',
    change: 'indirect',
    salience: clampSalience(SALIENCE.quotation.indirect * prominence(from.info.position)),
    from: quoteSide(from),
    to: { units: [best.info.unit.id], excerpt: excerpt(now, 100) },
    marks: quoteMarks(from),
    group,
    explanation:
      `The rewrite turns the quotation “${quoted(from)}” into indirect speech: it now reads “…${excerpt(now, 100)}…”, ` +
      `without quotation marks, so the speaker’s exact words become the writer’s report of them.`,
  };
}

/** Personal pronouns, which indirect speech shifts to the reporter's point of view ("we" → "they"). */
const PRONOUNS = new Set(
  'i me my mine we us our ours you your yours he him his she her hers they them their theirs'.split(' '),
);
/** The tense a verb of the speaker's takes in indirect speech ("will" → "would", "is" → "was"). */
const BACKSHIFT = new Map([
  ['will', 'would'],
  ['shall', 'would'],
  ['can', 'could'],
  ['may', 'might'],
  ['is', 'was'],
  ['am', 'was'],
  ['are', 'were'],
  ['has', 'had'],
  ['have', 'had'],
]);

/** True when a quotation's word stands as the rewrite's word in indirect speech: the same, or shifted. */
function reported(said: string, written: string): boolean {
  return (
    sameSpelling(said, written) || (PRONOUNS.has(said) && PRONOUNS.has(written)) || BACKSHIFT.get(said) === written
  );
}

/** The quotation's words found in order among a unit's words: how many, and the first and last found. */
function inOrder(
  quote: readonly string[],
  words: readonly Word[],
): { first: Word; last: Word; matched: number } | undefined {
  let best: { first: Word; last: Word; matched: number } | undefined;
  // Start at each place the quotation's first words are found, and follow the rest in order.
  for (let start = 0; start < words.length; start += 1) {
    let matched = 0;
    let first: Word | undefined;
    let last: Word | undefined;
    let position = start;
    for (const word of quote) {
      let at = position;
      while (at < words.length && at < position + 3 && !reported(word, words[at]!.folded)) at += 1;
      if (at >= words.length || at >= position + 3) continue;
      first ??= words[at]!;
      last = words[at]!;
      matched += 1;
      position = at + 1;
    }
    if (first !== undefined && last !== undefined && matched > (best?.matched ?? 0)) best = { first, last, matched };
  }
  return best;
}

/**
 * A quotation trimmed at its start whose opening the rewrite says in its own words, just before
 * the marks: "I shall be talking…" becoming he would be “talking…”. Undefined otherwise.
 */
export function openingTurnedIndirect(
  from: QuoteRef,
  to: QuoteRef,
  leftOut: readonly Word[],
): { said: string; now: string } | undefined {
  const leading = from.words.slice(0, leftOut.length);
  if (leftOut.length === 0 || leftOut.length > 6 || !leading.every((word, index) => word === leftOut[index]))
    return undefined;
  // Indirect speech shifts the speaker's person: "I shall be" becomes "he would be".
  if (!leading.some((word) => FIRST_PERSON.has(word.folded))) return undefined;
  const before = to.info.words.filter((word) => word.end <= to.quotation.start);
  if (before.length < leftOut.length) return undefined;
  const frame = before.slice(-leftOut.length);
  if (frame.every((word, index) => sameSpelling(word.folded, leftOut[index]!.folded))) return undefined;
  const said = from.text.slice(leading[0]!.start, leading.at(-1)!.end);
  const now = to.info.unit.text.slice(frame[0]!.start, frame.at(-1)!.end);
  return { said, now };
}
