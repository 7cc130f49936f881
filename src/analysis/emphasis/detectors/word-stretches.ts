/**
 * Word stretches: where two short texts of one role (two headlines, two ledes) differ, word by
 * word, and those differences said in plain words ("now leads with “X” where it led with “Y”",
 * "drops “Z”"). Shared by the headline and lede findings, which both tell a reader what the new
 * line leads with and what the old one led with.
 */
import type { UnitInfo } from '../context.ts';
import { stem } from '../../similarity/features.ts';
import type { Word } from '../match.ts';

/** A stretch of the word diff: the old text's words and the new one's at one place (either may be empty). */
export interface Stretch {
  readonly from: readonly Word[];
  readonly to: readonly Word[];
  /** True when the stretch opens the new text (or, with no new words, the old one). */
  readonly leading: boolean;
  /** Where the stretch sits in the new text: the index of the new word it comes before or replaces. */
  readonly at: number;
}

/** Differing stretches named in a sentence; a text rewritten further is quoted whole anyway. */
const MAX_STRETCHES = 4;
/** Words quoted of what a text leads with when those words were kept from further on. */
const LEADING_WORDS = 4;

/** The words of a list as written in the unit, from the first to the last. */
export const stretchWords = (list: readonly Word[], info: UnitInfo): string =>
  list.length === 0 ? '' : info.unit.text.slice(list[0]!.start, list.at(-1)!.end);

/** How a word is compared by default: case-folded and stemmed ("Talks" and "talk" are one word). */
const stemKey = (word: Word): string => stem(word.folded);

/**
 * How many words of each side are compared. A headline or a lede is one sentence, and its angle is
 * in its opening; a "sentence" of thousands of words (a file with no sentence end) would make the
 * table below quadratic in memory, so only its opening is read.
 */
const MAX_COMPARED_WORDS = 200;

/**
 * The word diff of two texts: the longest common subsequence of their words compared by `key`
 * (by default stemmed and case-folded, so that case and typography are no change, nor an inflection
 * within the stem), and the stretches between its words; of a long text, its first
 * MAX_COMPARED_WORDS words.
 */
export function wordDiff(from: readonly Word[], to: readonly Word[], key: (word: Word) => string = stemKey): Stretch[] {
  const a = from.slice(0, MAX_COMPARED_WORDS).map(key);
  const b = to.slice(0, MAX_COMPARED_WORDS).map(key);
  // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
  const stretches: Stretch[] = [];
  let i = 0;
  let j = 0;
  let pending = { from: [] as Word[], to: [] as Word[], leading: true, at: 0 };
  const flush = () => {
    if (pending.from.length > 0 || pending.to.length > 0) stretches.push(pending);
    pending = { from: [], to: [], leading: false, at: j + 1 };
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      pending.leading = false;
      i += 1;
      j += 1;
    } else if (j < b.length && (i === a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      pending.to.push(to[j]!);
      j += 1;
    } else {
      pending.from.push(from[i]!);
      i += 1;
    }
  }
  flush();
  return stretches;
}

/** The share of both texts' words that changed: 0 for the same words, 1 for none in common. */
export function movedShare(stretches: readonly Stretch[], from: UnitInfo, to: UnitInfo): number {
  const changed = stretches.reduce((sum, stretch) => sum + stretch.from.length + stretch.to.length, 0);
  return changed / Math.max(1, from.words.length + to.words.length);
}

/**
 * True when every stretch is a hedge, booster or reporting verb that the framing findings already
 * report: the stretch's words on one side are all such words, and the other side has at most one
 * word in their place ("may" for "will", "claims" for "confirms", "possible" dropped).
 */
export function onlyLexicon(stretches: readonly Stretch[], from: UnitInfo, to: UnitInfo): boolean {
  const covered = (info: UnitInfo, list: readonly Word[]) =>
    list.length > 0 &&
    list.every((word) =>
      [...info.hedges, ...info.boosters, ...info.verbs].some(
        (match) => word.start >= match.start && word.end <= match.end,
      ),
    );
  return stretches.every(
    (stretch) =>
      (covered(from, stretch.from) && stretch.to.length <= 1) || (covered(to, stretch.to) && stretch.from.length <= 1),
  );
}

/** What changed, stretch by stretch: “now leads with “X” where it led with “Y””, “says “X” where it said “Y””, “drops “Z””. */
export function clauses(
  stretches: readonly Stretch[],
  from: UnitInfo,
  to: UnitInfo,
  /** The new text's words the diff was made of, when not all of them (a lede without its dateline). */
  toWords: readonly Word[] = to.words,
): string {
  const parts = stretches.slice(0, MAX_STRETCHES).map((stretch, index) => {
    const old = stretchWords(stretch.from, from);
    const now = stretchWords(stretch.to, to);
    if (stretch.leading) {
      if (old === '') return `now leads with “${now}”`;
      if (now === '') {
        // The new text opens with words the old one had further on, up to its first new word.
        const until = stretches.slice(index + 1).find((next) => next.to.length > 0)?.at ?? toWords.length;
        const opening = stretchWords(toWords.slice(0, Math.min(until, LEADING_WORDS)), to);
        return opening === ''
          ? `no longer opens with “${old}”`
          : `now leads with “${opening}” where it led with “${old}”`;
      }
      return `now leads with “${now}” where it led with “${old}”`;
    }
    if (old === '') return `adds “${now}”`;
    if (now === '') return `drops “${old}”`;
    return `says “${now}” where it said “${old}”`;
  });
  if (stretches.length > MAX_STRETCHES) parts.push('changes more');
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}
