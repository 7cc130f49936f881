/**
 * The chain dynamic programme: the best monotonic chain of unit pairs in a range, and the groups
 * (one-to-one pairs, splits and merges) that the chain's neighbouring pairs form.
 */
import type { AlignedGroup } from './aligned-group.ts';
import type { AlignOptions } from './align-options.ts';
import type { RunProfiles } from './run-profiles.ts';
import { similarity } from '../similarity/similarity.ts';

/** How a pair joins its chain: it opens a group, or extends a merge or a split. */
const OPENS = 0;
const MERGES = 1;
const SPLITS = 2;

/**
 * The best monotonic chain of pairs, in order.
 *
 *   chain[s][i][j] = best score of a chain ending with the pair (i, j), which joined in state s
 *   best[i][j]     = best score of any chain inside from[0..i] × to[0..j] (0 for the empty chain)
 *
 * A merge continues only as a merge and a split only as a split: otherwise two clean pairs
 * (i, j), (i + 1, j + 1) and one weak cross pair would zigzag into a many-to-many group.
 */
export function monotonicPairs(
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
      // A member must belong in its own right: alike enough to pair alone, or contained enough.
      // Otherwise a strong pair further on would carry it in, since a split or merge is a run of
      // neighbours: a sentence split in three, whose middle piece was rewritten into something
      // new, would take the new sentence along. The opener is re-scored only for such a member
      // too: otherwise the opener's bonus would carry an unrelated neighbour into the group.
      const qualifies = gain > 0 || member(i, j) >= options.memberThreshold;
      const asMember = (x: number, y: number): number =>
        Math.max(0, member(x, y) - options.memberThreshold - (pair(x, y) - options.threshold));
      chain[MERGES * size + cell] = Number.NEGATIVE_INFINITY;
      if (i > 0 && qualifies) {
        const up = cell - m;
        const opened = chain[OPENS * size + up]! + asMember(i - 1, j);
        const extended = chain[MERGES * size + up]!;
        chain[MERGES * size + cell] = memberGain + Math.max(opened, extended);
        previous[MERGES * size + cell] = opened >= extended ? OPENS * size + up : MERGES * size + up;
      }
      chain[SPLITS * size + cell] = Number.NEGATIVE_INFINITY;
      if (j > 0 && qualifies) {
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
export function groupsOfPairs(pairs: readonly (readonly [number, number])[], profiles: RunProfiles): AlignedGroup[] {
  const groups: { from: number[]; to: number[] }[] = [];
  for (const [i, j] of pairs) {
    const last = groups.at(-1);
    if (last !== undefined && (last.from.at(-1) === i || last.to.at(-1) === j)) {
      if (last.from.at(-1) !== i) last.from.push(i);
      if (last.to.at(-1) !== j) last.to.push(j);
    } else {
      groups.push({ from: [i], to: [j] });
    }
  }
  return groups.map(({ from, to }) => ({
    from,
    to,
    similarity: similarity(
      profiles.get('from', from[0]!, from.at(-1)! + 1),
      profiles.get('to', to[0]!, to.at(-1)! + 1),
    ),
    moved: false,
  }));
}
