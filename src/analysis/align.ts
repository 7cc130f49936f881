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
import type { UnitFeatures } from './features.ts';
import type { Profile, TermWeights } from './similarity.ts';
import { containment, profile, similarity } from './similarity.ts';

/** A set of units that say the same thing, by index into each side's sequence. */
export interface AlignedGroup {
  readonly a: readonly number[];
  readonly b: readonly number[];
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
  a: readonly UnitFeatures[],
  b: readonly UnitFeatures[],
  weights: TermWeights,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  verbatimShare = 0,
): AlignedGroup[] {
  const profiles = new RunProfiles(a, b, weights);
  options = {
    ...options,
    threshold: options.threshold + options.verbatimRise * verbatimShare,
  };
  const inOrder = groupsOfPairs(monotonicPairs(a.length, b.length, profiles, options), profiles);
  const usedA = new Set(inOrder.flatMap((group) => group.a));
  const usedB = new Set(inOrder.flatMap((group) => group.b));
  const moves = pairMoves(a.length, b.length, usedA, usedB, profiles, options);
  return [...inOrder, ...moves].sort((x, y) => (x.a[0] ?? -1) - (y.a[0] ?? -1) || (x.b[0] ?? -1) - (y.b[0] ?? -1));
}

/** Profiles of runs of consecutive units, built on first use and kept. */
class RunProfiles {
  readonly #a: readonly UnitFeatures[];
  readonly #b: readonly UnitFeatures[];
  readonly #weights: TermWeights;
  readonly #cache = new Map<string, Profile>();

  constructor(a: readonly UnitFeatures[], b: readonly UnitFeatures[], weights: TermWeights) {
    this.#a = a;
    this.#b = b;
    this.#weights = weights;
  }

  /** The profile of units [start, end) of side a or b. */
  get(side: 'a' | 'b', start: number, end = start + 1): Profile {
    const key = `${side}${start}:${end}`;
    let cached = this.#cache.get(key);
    if (cached === undefined) {
      cached = profile((side === 'a' ? this.#a : this.#b).slice(start, end), this.#weights);
      this.#cache.set(key, cached);
    }
    return cached;
  }

  /** Similarity of unit i of a and unit j of b. */
  pair(i: number, j: number): number {
    return similarity(this.get('a', i), this.get('b', j));
  }

  /**
   * How well unit i of a belongs with unit j of b as a member of a split or merge: the share of
   * the shorter of the two found in the longer.
   */
  member(i: number, j: number): number {
    const unitA = this.get('a', i);
    const unitB = this.get('b', j);
    return unitA.length <= unitB.length ? containment(unitA, unitB) : containment(unitB, unitA);
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
function monotonicPairs(n: number, m: number, profiles: RunProfiles, options: AlignOptions): [number, number][] {
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
      const gain = profiles.pair(i, j) - options.threshold;

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
      const memberGain = Math.max(gain, profiles.member(i, j) - options.memberThreshold) - options.groupPenalty;
      const asMember = (x: number, y: number): number =>
        Math.max(0, profiles.member(x, y) - options.memberThreshold - (profiles.pair(x, y) - options.threshold));
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

/** Pairs units left alone on both sides, best first, when similar enough to be the same unit moved. */
function pairMoves(
  n: number,
  m: number,
  usedA: ReadonlySet<number>,
  usedB: ReadonlySet<number>,
  profiles: RunProfiles,
  options: AlignOptions,
): AlignedGroup[] {
  const candidates: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < n; i += 1) {
    if (usedA.has(i)) continue;
    for (let j = 0; j < m; j += 1) {
      if (usedB.has(j)) continue;
      const sim = profiles.pair(i, j);
      if (sim >= options.moveThreshold) candidates.push({ i, j, sim });
    }
  }
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
