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
  const freeFrom = (i: number): boolean => i >= 0 && i < from.length && !usedFrom.has(i) && !takenFrom.has(i);
  const freeTo = (j: number): boolean => j >= 0 && j < to.length && !usedTo.has(j) && !takenTo.has(j);
  return moves.map((move) => {
    const grown = growMove(move, profiles, options, freeFrom, freeTo);
    grown.from.forEach((i) => takenFrom.add(i));
    grown.to.forEach((j) => takenTo.add(j));
    return grown;
  });
}

/**
 * A sentence may be split or merged as it moves, as one kept in place may: a free neighbour of a
 * moved unit's counterpart joins the move when it is a piece of that unit (its containment reaches
 * the member threshold) and the pieces together read closer to the unit than the one piece did.
 * Units are added on one side only, so that a move stays a split or a merge.
 */
function growMove(
  move: AlignedGroup,
  profiles: RunProfiles,
  options: AlignOptions,
  freeFrom: (i: number) => boolean,
  freeTo: (j: number) => boolean,
): AlignedGroup {
  const i = move.from[0]!;
  const j = move.to[0]!;
  const split = grownRun(
    j,
    freeTo,
    (start, end) => profiles.pairRun('to', i, start, end),
    (k) => profiles.scores(i, k),
  );
  if (split.end - split.start > 1) return { ...move, to: range(split.start, split.end), similarity: split.similarity };
  const merge = grownRun(
    i,
    freeFrom,
    (start, end) => profiles.pairRun('from', j, start, end),
    (k) => profiles.scores(k, j),
  );
  if (merge.end - merge.start > 1)
    return { ...move, from: range(merge.start, merge.end), similarity: merge.similarity };
  return move;

  function grownRun(
    at: number,
    free: (k: number) => boolean,
    runSimilarity: (start: number, end: number) => number,
    member: (k: number) => { containment: number },
  ): { start: number; end: number; similarity: number } {
    let run = { start: at, end: at + 1, similarity: move.similarity };
    for (;;) {
      const wider = [run.start - 1, run.end]
        .filter((k) => free(k) && member(k).containment >= options.memberThreshold)
        .map((k) => {
          const start = Math.min(run.start, k);
          const end = Math.max(run.end, k + 1);
          return { start, end, similarity: runSimilarity(start, end) };
        })
        .filter((candidate) => candidate.similarity > run.similarity)
        .sort((x, y) => y.similarity - x.similarity)[0];
      if (wider === undefined) return run;
      run = wider;
    }
  }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, index) => start + index);
}

/**
 * A pair found by the move pass that fits between its neighbouring in-order groups on both sides
 * is not a move (the programme left it out only for its score, or because it lay outside the
 * band): it is marked in order, as many of them as fit without crossing each other.
 */
export function restoreOrder(groupsInOrder: readonly AlignedGroup[], moves: readonly AlignedGroup[]): AlignedGroup[] {
  // Searched by position below: in reading order of the original (gap fills come after the chain).
  const inOrder = [...groupsInOrder].sort((x, y) => x.from[0]! - y.from[0]!);
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
