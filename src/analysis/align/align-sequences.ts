/**
 * Sentence alignment of two unit sequences.
 *
 * 1. In order: a dynamic programme picks the best monotonic chain of unit pairs. Neighbouring
 *    pairs may share a unit: (i, j) then (i + 1, j) is a merge, (i, j) then (i, j + 1) a split, so
 *    splits and merges of any size arise from pairs that each earn their place. A pair scores
 *    `similarity - threshold`, and pays `groupPenalty` more when it extends a split or merge; a
 *    unit left alone scores 0. So two units are paired only when they say the same thing clearly
 *    enough.
 * 2. Gaps: a unit left alone on each side between two neighbouring groups is paired with its
 *    counterpart on weaker evidence (./gaps.ts).
 * 3. Out of order: units left alone on both sides are paired when they are similar enough, and
 *    become moves. Moves need more evidence than pairs in order.
 */
import type { AlignedGroup, AlignInput } from './aligned-group.ts';
import type { AlignOptions } from './align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align-options.ts';
import type { RangeLimits } from './anchors.ts';
import { alignRange, RANGE_LIMITS } from './anchors.ts';
import { fillGaps } from './gaps.ts';
import { groupsOfPairs } from './monotonic-chain.ts';
import { pairMoves, restoreOrder } from './moves.ts';
import { RunProfiles } from './run-profiles.ts';

/** Aligns two feature sequences; returns groups sorted by their first original unit, then rewrite unit. */
export function alignSequences(
  from: readonly AlignInput[],
  to: readonly AlignInput[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  verbatimShare = 0,
  limits: RangeLimits = RANGE_LIMITS,
): AlignedGroup[] {
  const profiles = new RunProfiles(from, to);
  const threshold = options.threshold + options.verbatimRise * verbatimShare;
  // A move needs more evidence than a pair in order, however high the light revision's bar: a pair
  // the move pass finds in order after all is marked in order (restoreOrder).
  options = { ...options, threshold, moveThreshold: Math.max(options.moveThreshold, threshold) };
  const pairs = alignRange(
    { fromStart: 0, fromEnd: from.length, toStart: 0, toEnd: to.length },
    from,
    to,
    profiles,
    options,
    limits,
  );
  const chained = groupsOfPairs(pairs, profiles);
  const inOrder = [
    ...chained,
    ...fillGaps(chained, from.length, to.length, profiles, options.threshold * options.gapShare),
  ];
  const usedFrom = new Set(inOrder.flatMap((group) => group.from));
  const usedTo = new Set(inOrder.flatMap((group) => group.to));
  const moves = restoreOrder(inOrder, pairMoves(from, to, usedFrom, usedTo, profiles, options));
  return [...inOrder, ...moves].sort(
    (x, y) => (x.from[0] ?? -1) - (y.from[0] ?? -1) || (x.to[0] ?? -1) - (y.to[0] ?? -1),
  );
}
