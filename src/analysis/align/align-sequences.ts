/**
 * Sentence alignment of two unit sequences.
 *
 * 1. In order: a dynamic programme picks the best monotonic chain of unit pairs. Neighbouring
 *    pairs may share a unit: (i, j) then (i + 1, j) is a merge, (i, j) then (i, j + 1) a split, so
 *    splits and merges of any size arise from pairs that each earn their place. A pair scores
 *    `similarity - threshold`, and pays `groupPenalty` more when it extends a split or merge; a
 *    unit left alone scores 0. So two units are paired only when they say the same thing clearly
 *    enough.
 * 2. Out of order: units left alone on both sides are paired when they are similar enough, and
 *    become moves. Moves need more evidence than pairs in order.
 */
import type { Profile } from '../similarity/similarity.ts';
import type { PairScores } from '../similarity/similarity.ts';
import { increasingChain } from '../increasing-chain.ts';
import { combineProfiles, scorePair, similarity } from '../similarity/similarity.ts';

/** What the aligner needs of a unit: its comparison key (to find identical units) and its profile. */
export interface AlignInput {
  readonly key: string;
  readonly profile: Profile;
}

/**
 * A set of units that say the same thing: by index into each side's sequence here, by unit id
 * once align-units.ts has mapped them back.
 */
export interface AlignedGroup<Ref = number> {
  readonly a: readonly Ref[];
  readonly b: readonly Ref[];
  readonly similarity: number;
  /** True when the group is out of the original order. */
  readonly moved: boolean;
}

/** Tuning of the aligner: one configuration for every kind of text. */
export interface AlignOptions {
  /** Least similarity for units in order to be aligned. */
  readonly threshold: number;
  /** Least similarity for units out of order to be paired as a move. */
  readonly moveThreshold: number;
  /** Score taken off a pair that extends a split or merge (shares a unit with the pair before it). */
  readonly groupPenalty: number;
  /**
   * Least containment (share of the shorter unit found in the longer) for a member of a split or
   * merge; containment runs higher than similarity, so its bar is higher.
   */
  readonly memberThreshold: number;
  /**
   * How much the threshold rises with the share of units kept verbatim. In a light revision (most
   * sentences unchanged) a changed sentence must resemble its source closely to count as an edit
   * of it rather than new writing; in a paraphrase nothing is verbatim and looser pairs are real.
   */
  readonly verbatimRise: number;
}

/** The configuration measured on the evaluation sets (see README, "Measuring the aligner"). */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  threshold: 0.15,
  moveThreshold: 0.5,
  groupPenalty: 0.1,
  memberThreshold: 0.5,
  verbatimRise: 0.4,
};

/** Aligns two feature sequences; returns groups sorted by their first original unit, then rewrite unit. */
export function alignSequences(
  a: readonly AlignInput[],
  b: readonly AlignInput[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  verbatimShare = 0,
): AlignedGroup[] {
  const profiles = new RunProfiles(a, b);
  options = { ...options, threshold: options.threshold + options.verbatimRise * verbatimShare };
  const pairs = alignRange({ startA: 0, endA: a.length, startB: 0, endB: b.length }, a, b, profiles, options);
  const inOrder = groupsOfPairs(pairs, profiles);
  const usedA = new Set(inOrder.flatMap((group) => group.a));
  const usedB = new Set(inOrder.flatMap((group) => group.b));
  const moves = restoreOrder(inOrder, pairMoves(a, b, usedA, usedB, profiles, options));
  return [...inOrder, ...moves].sort((x, y) => (x.a[0] ?? -1) - (y.a[0] ?? -1) || (x.b[0] ?? -1) - (y.b[0] ?? -1));
}

/**
 * A pair found by the move pass that fits between its neighbouring in-order groups on both sides
 * is not a move (the programme left it out only for its score, or because it lay outside the
 * band): it is marked in order, as many of them as fit without crossing each other.
 */
function restoreOrder(inOrder: readonly AlignedGroup[], moves: readonly AlignedGroup[]): AlignedGroup[] {
  const gapOf = (move: AlignedGroup): number => {
    // The number of in-order groups wholly before the move on the original side.
    let low = 0;
    let high = inOrder.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (inOrder[middle]!.a.at(-1)! < move.a[0]!) low = middle + 1;
      else high = middle;
    }
    const before = inOrder[low - 1];
    const after = inOrder[low];
    const fits = (before === undefined || before.b.at(-1)! < move.b[0]!) && (after === undefined || move.b[0]! < after.b[0]!);
    return fits ? low : -1;
  };
  const byGap = new Map<number, AlignedGroup[]>();
  const result: AlignedGroup[] = [];
  for (const move of moves) {
    const gap = gapOf(move);
    if (gap < 0) result.push(move);
    else byGap.set(gap, [...(byGap.get(gap) ?? []), move]);
  }
  for (const candidates of byGap.values()) {
    const sorted = [...candidates].sort((x, y) => x.a[0]! - y.a[0]!);
    const chain = new Set(increasingChain(sorted.map((move) => [move.a[0]!, move.b[0]!] as const)).map(([i]) => i));
    for (const move of sorted) result.push(chain.has(move.a[0]!) ? { ...move, moved: false } : move);
  }
  return result;
}

/** A rectangle of the alignment: units [startA, endA) of a against [startB, endB) of b. */
interface Range {
  readonly startA: number;
  readonly endA: number;
  readonly startB: number;
  readonly endB: number;
}

/**
 * Most cells the dynamic programme fills in one go (about 500 × 500 units, a few megabytes). Every
 * article pair of ordinary length fits, and gets the exact best chain; longer ones are cut first.
 */
const MAX_CELLS = 250_000;
/** A range with more cells than this (about 50 × 50 units) is first cut at identical units. */
const ANCHOR_CELLS = 2_500;
/** Half-width, in units, of the band around a range's diagonal in which pairs are scored. */
const BAND = 24;
/** Side of the blocks along the diagonal when a long range offers no anchor at all. */
const BLOCK = 400;
/** Least similarity for a pair of non-identical units to anchor a long range. */
const ANCHOR_SIMILARITY = 0.6;
/** A term in more units than this is too common to suggest candidates (in either side). */
const MAX_POSTINGS = 40;

/**
 * The in-order pairs of a range. A small range goes straight to the dynamic programme. A long one
 * is cut at anchors: units identical and unique on both sides, or else pairs that are each other's
 * best match by far; the longest chain of anchors in order splits the range into gaps, each
 * aligned the same way. With no anchor, the range is cut into blocks along its diagonal, which
 * keeps the work linear and leaves what lies off the diagonal to the move pass.
 */
function alignRange(
  range: Range,
  a: readonly AlignInput[],
  b: readonly AlignInput[],
  profiles: RunProfiles,
  options: AlignOptions,
): [number, number][] {
  const lengthA = range.endA - range.startA;
  const lengthB = range.endB - range.startB;
  if (lengthA === 0 || lengthB === 0) return [];
  // Identical units unique on both sides cut a range that is more than article-sized: they are
  // certainly each other's counterpart, and the gaps between them are small.
  // Only pairs near the diagonal are scored: a sentence far from its place is the move pass's
  // business, and an article-sized range lies inside the band whole.
  const offDiagonal = (i: number, j: number): number =>
    Math.abs(((i - range.startA) / lengthA - (j - range.startB) / lengthB) * Math.max(lengthA, lengthB));
  const nearDiagonal = (i: number, j: number): boolean => offDiagonal(i, j) <= BAND;
  // Anchors may lie farther from the diagonal than scored pairs, but not anywhere: one identical
  // line moved from top to bottom must not cut the range into two empty halves.
  const anchorBand = Math.max(BAND * 2, Math.max(lengthA, lengthB) / 10);
  const nearEnough = (i: number, j: number): boolean => offDiagonal(i, j) <= anchorBand;
  let anchors =
    lengthA * lengthB > ANCHOR_CELLS ? increasingChain(identicalPairs(range, a, b).filter(([i, j]) => nearEnough(i, j))) : [];
  if (anchors.length === 0 && lengthA * lengthB <= MAX_CELLS) {
    // Each cell needs its pair and member scores several times over: compute them once, and only
    // for pairs that share a term; a pair with no word in common scores 0.
    const pairScores = new Float64Array(lengthA * lengthB);
    const memberScores = new Float64Array(lengthA * lengthB);
    forEachCandidate(a, range.startA, range.endA, b, range.startB, range.endB, nearDiagonal, (i, j) => {
      const cell = (i - range.startA) * lengthB + (j - range.startB);
      const scores = profiles.scores(i, j);
      pairScores[cell] = scores.similarity;
      memberScores[cell] = scores.containment;
    });
    const pair = (i: number, j: number): number => pairScores[i * lengthB + j]!;
    const member = (i: number, j: number): number => memberScores[i * lengthB + j]!;
    return monotonicPairs(lengthA, lengthB, pair, member, options).map(([i, j]) => [range.startA + i, range.startB + j]);
  }
  if (anchors.length === 0) anchors = increasingChain(similarPairs(range, a, b, profiles, nearEnough));
  if (anchors.length === 0) {
    // Blocks along the diagonal, proportional to the two lengths.
    const blocks = Math.ceil(Math.max(lengthA, lengthB) / BLOCK);
    const pairs: [number, number][] = [];
    for (let block = 0; block < blocks; block += 1) {
      const cut = (start: number, length: number, at: number): number => start + Math.round((length * at) / blocks);
      pairs.push(
        ...alignRange(
          {
            startA: cut(range.startA, lengthA, block),
            endA: cut(range.startA, lengthA, block + 1),
            startB: cut(range.startB, lengthB, block),
            endB: cut(range.startB, lengthB, block + 1),
          },
          a, b, profiles, options,
        ),
      );
    }
    return pairs;
  }
  const pairs: [number, number][] = [];
  let startA = range.startA;
  let startB = range.startB;
  for (const [i, j] of anchors) {
    pairs.push(...alignRange({ startA, endA: i, startB, endB: j }, a, b, profiles, options), [i, j]);
    startA = i + 1;
    startB = j + 1;
  }
  pairs.push(...alignRange({ startA, endA: range.endA, startB, endB: range.endB }, a, b, profiles, options));
  return pairs;
}

/** Pairs of units identical on both sides and unique within the range on each. */
function identicalPairs(range: Range, a: readonly AlignInput[], b: readonly AlignInput[]): [number, number][] {
  const only = (units: readonly AlignInput[], start: number, end: number): Map<string, number> => {
    const seen = new Map<string, number>();
    for (let index = start; index < end; index += 1) {
      const key = units[index]!.key;
      seen.set(key, seen.has(key) ? -1 : index);
    }
    return seen;
  };
  const inA = only(a, range.startA, range.endA);
  const inB = only(b, range.startB, range.endB);
  const pairs: [number, number][] = [];
  for (const [key, i] of inA) {
    const j = inB.get(key);
    if (i >= 0 && j !== undefined && j >= 0 && key !== '') pairs.push([i, j]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}

/**
 * Pairs that are each other's best match among the units sharing a rare term, and similar enough
 * to be the same sentence reworded.
 */
function similarPairs(
  range: Range,
  a: readonly AlignInput[],
  b: readonly AlignInput[],
  profiles: RunProfiles,
  include: (i: number, j: number) => boolean,
): [number, number][] {
  const bestA = new Map<number, { j: number; sim: number }>();
  const bestB = new Map<number, { i: number; sim: number }>();
  forEachCandidate(a, range.startA, range.endA, b, range.startB, range.endB, include, (i, j) => {
    const sim = profiles.pair(i, j);
    if (sim < ANCHOR_SIMILARITY) return;
    if (sim > (bestA.get(i)?.sim ?? 0)) bestA.set(i, { j, sim });
    if (sim > (bestB.get(j)?.sim ?? 0)) bestB.set(j, { i, sim });
  });
  const pairs: [number, number][] = [];
  for (const [i, { j }] of bestA) if (bestB.get(j)?.i === i) pairs.push([i, j]);
  return pairs.sort((x, y) => x[0] - y[0]);
}

/**
 * Visits the unit pairs worth comparing: those that share a term rare enough to be telling. An
 * inverted index of one side's terms keeps this near linear where comparing every pair would be
 * quadratic, and visiting (rather than listing) keeps millions of candidates out of memory.
 */
function forEachCandidate(
  a: readonly AlignInput[],
  startA: number,
  endA: number,
  b: readonly AlignInput[],
  startB: number,
  endB: number,
  include: (i: number, j: number) => boolean,
  visit: (i: number, j: number) => void,
): void {
  const postings = new Map<number, number[]>();
  for (let j = startB; j < endB; j += 1) {
    for (const term of b[j]!.profile.terms.ids) {
      const list = postings.get(term);
      if (list === undefined) postings.set(term, [j]);
      else if (list.length <= MAX_POSTINGS) list.push(j);
    }
  }
  // Units without a word (a row of asterisks, emoji) share no term: identical ones still pair.
  const wordless = new Map<string, number[]>();
  for (let j = startB; j < endB; j += 1) {
    const unit = b[j]!;
    if (unit.profile.terms.ids.length === 0 && unit.key !== '') wordless.set(unit.key, [...(wordless.get(unit.key) ?? []), j]);
  }
  const seen = new Int32Array(endB - startB).fill(-1);
  for (let i = startA; i < endA; i += 1) {
    if (a[i]!.profile.terms.ids.length === 0) {
      for (const j of wordless.get(a[i]!.key) ?? []) if (include(i, j)) visit(i, j);
      continue;
    }
    for (const term of a[i]!.profile.terms.ids) {
      const list = postings.get(term);
      if (list === undefined || list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (seen[j - startB] === i || !include(i, j)) continue;
        seen[j - startB] = i;
        visit(i, j);
      }
    }
  }
}

/** Profiles of runs of consecutive units; a run's profile is built on first use and kept. */
class RunProfiles {
  readonly #a: readonly AlignInput[];
  readonly #b: readonly AlignInput[];
  readonly #cache = new Map<string, Profile>();

  constructor(a: readonly AlignInput[], b: readonly AlignInput[]) {
    this.#a = a;
    this.#b = b;
  }

  /** The profile of units [start, end) of side a or b. */
  get(side: 'a' | 'b', start: number, end = start + 1): Profile {
    const units = side === 'a' ? this.#a : this.#b;
    if (end === start + 1) return units[start]!.profile;
    const key = `${side}${start}:${end}`;
    let cached = this.#cache.get(key);
    if (cached === undefined) {
      cached = combineProfiles(units.slice(start, end).map((unit) => unit.profile));
      this.#cache.set(key, cached);
    }
    return cached;
  }

  /** Similarity of unit i of a and unit j of b; 1 for identical units, words or not ("***", "🎉"). */
  pair(i: number, j: number): number {
    if (this.#identical(i, j)) return 1;
    return similarity(this.get('a', i), this.get('b', j));
  }

  #identical(i: number, j: number): boolean {
    const key = this.#a[i]!.key;
    return key !== '' && key === this.#b[j]!.key;
  }

  /** Similarity and member score of unit i of a and unit j of b, from one pass over their vectors. */
  scores(i: number, j: number): PairScores {
    if (this.#identical(i, j)) return { similarity: 1, containment: 1 };
    return scorePair(this.get('a', i), this.get('b', j));
  }
}

/** How a pair joins its chain: it opens a group, or extends a merge or a split. */
const OPENS = 0;
const MERGES = 1;
const SPLITS = 2;

/**
 * The best monotonic chain of pairs, in order.
 *
 *   chain[s][i][j] = best score of a chain ending with the pair (i, j), which joined in state s
 *   best[i][j]     = best score of any chain inside a[0..i] × b[0..j] (0 for the empty chain)
 *
 * A merge continues only as a merge and a split only as a split: otherwise two clean pairs
 * (i, j), (i + 1, j + 1) and one weak cross pair would zigzag into a many-to-many group.
 */
function monotonicPairs(
  n: number,
  m: number,
  pair: (i: number, j: number) => number,
  member: (i: number, j: number) => number,
  options: AlignOptions,
): [number, number][] {
  if (n === 0 || m === 0) return [];
  const size = n * m;
  // Index of (state, cell): state * size + cell.
  const chain = new Float64Array(3 * size);
  const previous = new Int32Array(3 * size);
  const best = new Float64Array(size);
  // Where the best chain inside each box ends, as a (state, cell) index, or -1 for the empty chain.
  const bestEnd = new Int32Array(size);

  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < m; j += 1) {
      const cell = i * m + j;
      const gain = pair(i, j) - options.threshold;

      // Opening a group: after the best chain strictly above and to the left, or as the first pair.
      const diagonal = i > 0 && j > 0 && best[cell - m - 1]! > 0;
      const opening = gain + (diagonal ? best[cell - m - 1]! : 0);
      const openFrom = diagonal ? bestEnd[cell - m - 1]! : -1;
      chain[OPENS * size + cell] = opening;
      previous[OPENS * size + cell] = openFrom;

      // Extending a merge (the pair above shares this rewrite unit) or a split (the pair to the
      // left shares this original unit). A member is scored by containment: it is a piece of the
      // unit it joins, and a cosine with the whole would understate how well it belongs.
      // The pair that opened the group is re-scored as a member too: it is as much a piece of
      // the shared unit as the pairs that follow it.
      const memberGain = Math.max(gain, member(i, j) - options.memberThreshold) - options.groupPenalty;
      // The opener is re-scored only for an extension that belongs in its own right: otherwise the
      // opener's bonus would carry an unrelated neighbour into the group.
      const qualifies = gain > 0 || member(i, j) >= options.memberThreshold;
      const asMember = (x: number, y: number): number =>
        qualifies ? Math.max(0, member(x, y) - options.memberThreshold - (pair(x, y) - options.threshold)) : 0;
      chain[MERGES * size + cell] = Number.NEGATIVE_INFINITY;
      if (i > 0) {
        const up = cell - m;
        const opened = chain[OPENS * size + up]! + asMember(i - 1, j);
        const extended = chain[MERGES * size + up]!;
        chain[MERGES * size + cell] = memberGain + Math.max(opened, extended);
        previous[MERGES * size + cell] = opened >= extended ? OPENS * size + up : MERGES * size + up;
      }
      chain[SPLITS * size + cell] = Number.NEGATIVE_INFINITY;
      if (j > 0) {
        const left = cell - 1;
        const opened = chain[OPENS * size + left]! + asMember(i, j - 1);
        const extended = chain[SPLITS * size + left]!;
        chain[SPLITS * size + cell] = memberGain + Math.max(opened, extended);
        previous[SPLITS * size + cell] = opened >= extended ? OPENS * size + left : SPLITS * size + left;
      }

      let boxBest = 0;
      let boxEnd = -1;
      if (i > 0 && best[cell - m]! > boxBest) {
        boxBest = best[cell - m]!;
        boxEnd = bestEnd[cell - m]!;
      }
      if (j > 0 && best[cell - 1]! > boxBest) {
        boxBest = best[cell - 1]!;
        boxEnd = bestEnd[cell - 1]!;
      }
      for (const state of [OPENS, MERGES, SPLITS]) {
        if (chain[state * size + cell]! > boxBest) {
          boxBest = chain[state * size + cell]!;
          boxEnd = state * size + cell;
        }
      }
      best[cell] = boxBest;
      bestEnd[cell] = boxEnd;
    }
  }

  const pairs: [number, number][] = [];
  for (let index = bestEnd[size - 1]!; index >= 0; index = previous[index]!) {
    const cell = index % size;
    pairs.push([Math.floor(cell / m), cell % m]);
  }
  return pairs.reverse();
}

/** Joins consecutive pairs that share a unit into one group (a split or a merge). */
function groupsOfPairs(pairs: readonly (readonly [number, number])[], profiles: RunProfiles): AlignedGroup[] {
  const groups: { a: number[]; b: number[] }[] = [];
  for (const [i, j] of pairs) {
    const last = groups.at(-1);
    if (last !== undefined && (last.a.at(-1) === i || last.b.at(-1) === j)) {
      if (last.a.at(-1) !== i) last.a.push(i);
      if (last.b.at(-1) !== j) last.b.push(j);
    } else {
      groups.push({ a: [i], b: [j] });
    }
  }
  return groups.map(({ a, b }) => ({
    a,
    b,
    similarity: similarity(profiles.get('a', a[0]!, a.at(-1)! + 1), profiles.get('b', b[0]!, b.at(-1)! + 1)),
    moved: false,
  }));
}

/**
 * Pairs units left alone on both sides, best first, when similar enough to be the same unit moved.
 * Only units that share a telling term are compared.
 */
function pairMoves(
  a: readonly AlignInput[],
  b: readonly AlignInput[],
  usedA: ReadonlySet<number>,
  usedB: ReadonlySet<number>,
  profiles: RunProfiles,
  options: AlignOptions,
): AlignedGroup[] {
  const candidates: { i: number; j: number; sim: number }[] = [];
  const free = (i: number, j: number): boolean => !usedA.has(i) && !usedB.has(j);
  forEachCandidate(a, 0, a.length, b, 0, b.length, free, (i, j) => {
    const sim = profiles.pair(i, j);
    if (sim >= options.moveThreshold) candidates.push({ i, j, sim });
  });
  candidates.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const moves: AlignedGroup[] = [];
  for (const { i, j, sim } of candidates) {
    if (takenA.has(i) || takenB.has(j)) continue;
    takenA.add(i);
    takenB.add(j);
    moves.push({ a: [i], b: [j], similarity: sim, moved: true });
  }
  return moves;
}
