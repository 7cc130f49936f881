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
import type { AlignedGroup, AlignInput } from './aligned-group.ts';
import type { AlignOptions } from './align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align-options.ts';
import { alignRange } from './anchors.ts';
import { groupsOfPairs } from './monotonic-chain.ts';
import { pairMoves, restoreOrder } from './moves.ts';
import { RunProfiles } from './run-profiles.ts';

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
