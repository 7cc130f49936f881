/**
 * Moves: units left alone by the in-order pass on both sides, paired when similar enough to be
 * the same unit moved; and the pairs among them that fit in order after all.
 */
import type { AlignedGroup, AlignInput } from './aligned-group.ts';
import type { AlignOptions } from './align-options.ts';
import { forEachCandidate } from './candidates.ts';
import { increasingChain } from '../increasing-chain.ts';
import type { RunProfiles } from './run-profiles.ts';

/**
 * Pairs units left alone on both sides, best first, when similar enough to be the same unit moved.
 * Only units that share a telling term are compared.
 */
export function pairMoves(
  from: readonly AlignInput[],
  to: readonly AlignInput[],
  usedFrom: ReadonlySet<number>,
  usedTo: ReadonlySet<number>,
  profiles: RunProfiles,
  options: AlignOptions,
): AlignedGroup[] {
  const candidates: { i: number; j: number; sim: number }[] = [];
  const free = (i: number, j: number): boolean => !usedFrom.has(i) && !usedTo.has(j);
  forEachCandidate(from, 0, from.length, to, 0, to.length, free, (i, j) => {
    const sim = profiles.pair(i, j);
    if (sim >= options.moveThreshold) candidates.push({ i, j, sim });
  });
  candidates.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  const takenFrom = new Set<number>();
  const takenTo = new Set<number>();
  const moves: AlignedGroup[] = [];
  for (const { i, j, sim } of candidates) {
    if (takenFrom.has(i) || takenTo.has(j)) continue;
    takenFrom.add(i);
    takenTo.add(j);
    moves.push({ from: [i], to: [j], similarity: sim, moved: true });
  }
  return moves;
}

/**
 * A pair found by the move pass that fits between its neighbouring in-order groups on both sides
 * is not a move (the programme left it out only for its score, or because it lay outside the
 * band): it is marked in order, as many of them as fit without crossing each other.
 */
export function restoreOrder(inOrder: readonly AlignedGroup[], moves: readonly AlignedGroup[]): AlignedGroup[] {
  const gapOf = (move: AlignedGroup): number => {
    // The number of in-order groups wholly before the move on the original side.
    let low = 0;
    let high = inOrder.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (inOrder[middle]!.from.at(-1)! < move.from[0]!) low = middle + 1;
      else high = middle;
    }
    const before = inOrder[low - 1];
    const after = inOrder[low];
    const fits =
      (before === undefined || before.to.at(-1)! < move.to[0]!) && (after === undefined || move.to[0]! < after.to[0]!);
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
    const sorted = [...candidates].sort((x, y) => x.from[0]! - y.from[0]!);
    const chain = new Set(increasingChain(sorted.map((move) => [move.from[0]!, move.to[0]!] as const)).map(([i]) => i));
    for (const move of sorted) result.push(chain.has(move.from[0]!) ? { ...move, moved: false } : move);
  }
  return result;
}
