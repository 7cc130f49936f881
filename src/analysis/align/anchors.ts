/**
 * Cutting at anchors: the in-order pairs of a range of units. A range small enough goes to the
 * chain programme whole; a long one is cut at pairs that are certainly each other's counterpart,
 * and each piece between them is aligned the same way.
 */
import type { AlignInput } from './aligned-group.ts';
import type { AlignOptions } from './align-options.ts';
import { forEachCandidate } from './candidates.ts';
import { increasingChain } from '../increasing-chain.ts';
import { monotonicPairs } from './monotonic-chain.ts';
import type { RunProfiles } from './run-profiles.ts';

/** A rectangle of the alignment: units [fromStart, fromEnd) of one side against [toStart, toEnd) of the other. */
export interface Range {
  readonly fromStart: number;
  readonly fromEnd: number;
  readonly toStart: number;
  readonly toEnd: number;
}

/** When a range is cut before the dynamic programme sees it, in cells (units of one side × the other). */
export interface RangeLimits {
  /** A range with more cells than this is first cut at identical units. */
  readonly anchorCells: number;
  /** Most cells the dynamic programme fills in one go; a longer range is cut at any anchor it has. */
  readonly maxCells: number;
}

/**
 * The programme fills at most about 500 × 500 units in one go (a few megabytes): every article
 * pair of ordinary length fits, and gets the exact best chain. A range over about 50 × 50 units is
 * first cut at identical units all the same, which keeps long texts that fit fast.
 */
export const RANGE_LIMITS: RangeLimits = { anchorCells: 2_500, maxCells: 250_000 };
/** Half-width, in units, of the band around a range's diagonal in which pairs are scored. */
const BAND = 24;
/** Side of the blocks along the diagonal when a long range offers no anchor at all. */
const BLOCK = 400;
/** Least similarity for a pair of non-identical units to anchor a long range. */
const ANCHOR_SIMILARITY = 0.6;

/**
 * The in-order pairs of a range. A small range goes straight to the dynamic programme. A long one
 * is cut at anchors: units identical and unique on both sides, or else pairs that are each other's
 * best match by far; the longest chain of anchors in order splits the range into gaps, each
 * aligned the same way. With no anchor, the range is cut into blocks along its diagonal, which
 * keeps the work linear and leaves what lies off the diagonal to the move pass.
 */
export function alignRange(
  range: Range,
  from: readonly AlignInput[],
  to: readonly AlignInput[],
  profiles: RunProfiles,
  options: AlignOptions,
  limits: RangeLimits = RANGE_LIMITS,
): [number, number][] {
  const fromLength = range.fromEnd - range.fromStart;
  const toLength = range.toEnd - range.toStart;
  if (fromLength === 0 || toLength === 0) return [];
  // Identical units unique on both sides cut a range that is more than article-sized: they are
  // certainly each other's counterpart, and the gaps between them are small.
  // Only pairs near the diagonal are scored: a sentence far from its place is the move pass's
  // business, and an article-sized range lies inside the band whole.
  const offDiagonal = (i: number, j: number): number =>
    Math.abs(((i - range.fromStart) / fromLength - (j - range.toStart) / toLength) * Math.max(fromLength, toLength));
  const nearDiagonal = (i: number, j: number): boolean => offDiagonal(i, j) <= BAND;
  // Anchors may lie farther from the diagonal than scored pairs, but not anywhere: one identical
  // line moved from top to bottom must not cut the range into two empty halves.
  const anchorBand = Math.max(BAND * 2, Math.max(fromLength, toLength) / 10);
  const nearEnough = (i: number, j: number): boolean => offDiagonal(i, j) <= anchorBand;
  let anchors =
    fromLength * toLength > limits.anchorCells
      ? increasingChain(identicalPairs(range, from, to).filter(([i, j]) => nearEnough(i, j)))
      : [];
  if (anchors.length === 0 && fromLength * toLength <= limits.maxCells) {
    // Each cell needs its pair and member scores several times over: compute them once, and only
    // for pairs that share a term; a pair with no word in common scores 0.
    const pairScores = new Float64Array(fromLength * toLength);
    const memberScores = new Float64Array(fromLength * toLength);
    forEachCandidate(from, range.fromStart, range.fromEnd, to, range.toStart, range.toEnd, nearDiagonal, (i, j) => {
      const cell = (i - range.fromStart) * toLength + (j - range.toStart);
      const scores = profiles.scores(i, j);
      pairScores[cell] = scores.similarity;
      memberScores[cell] = scores.containment;
    });
    const pair = (i: number, j: number): number => pairScores[i * toLength + j]!;
    const member = (i: number, j: number): number => memberScores[i * toLength + j]!;
    return monotonicPairs(fromLength, toLength, pair, member, options).map(([i, j]) => [
      range.fromStart + i,
      range.toStart + j,
    ]);
  }
  if (anchors.length === 0) anchors = increasingChain(similarPairs(range, from, to, profiles, nearEnough));
  if (anchors.length === 0) {
    // Blocks along the diagonal, proportional to the two lengths.
    const blocks = Math.ceil(Math.max(fromLength, toLength) / BLOCK);
    const pairs: [number, number][] = [];
    for (let block = 0; block < blocks; block += 1) {
      const cut = (start: number, length: number, at: number): number => start + Math.round((length * at) / blocks);
      pairs.push(
        ...alignRange(
          {
            fromStart: cut(range.fromStart, fromLength, block),
            fromEnd: cut(range.fromStart, fromLength, block + 1),
            toStart: cut(range.toStart, toLength, block),
            toEnd: cut(range.toStart, toLength, block + 1),
          },
          from,
          to,
          profiles,
          options,
          limits,
        ),
      );
    }
    return pairs;
  }
  const pairs: [number, number][] = [];
  let fromStart = range.fromStart;
  let toStart = range.toStart;
  for (const [i, j] of anchors) {
    pairs.push(...alignRange({ fromStart, fromEnd: i, toStart, toEnd: j }, from, to, profiles, options, limits), [
      i,
      j,
    ]);
    fromStart = i + 1;
    toStart = j + 1;
  }
  pairs.push(
    ...alignRange(
      { fromStart, fromEnd: range.fromEnd, toStart, toEnd: range.toEnd },
      from,
      to,
      profiles,
      options,
      limits,
    ),
  );
  return pairs;
}

/** Pairs of units identical on both sides and unique within the range on each. */
function identicalPairs(range: Range, from: readonly AlignInput[], to: readonly AlignInput[]): [number, number][] {
  const only = (units: readonly AlignInput[], start: number, end: number): Map<string, number> => {
    const seen = new Map<string, number>();
    for (let index = start; index < end; index += 1) {
      const key = units[index]!.key;
      seen.set(key, seen.has(key) ? -1 : index);
    }
    return seen;
  };
  const inFrom = only(from, range.fromStart, range.fromEnd);
  const inTo = only(to, range.toStart, range.toEnd);
  const pairs: [number, number][] = [];
  for (const [key, i] of inFrom) {
    const j = inTo.get(key);
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
  from: readonly AlignInput[],
  to: readonly AlignInput[],
  profiles: RunProfiles,
  include: (i: number, j: number) => boolean,
): [number, number][] {
  const bestFrom = new Map<number, { j: number; sim: number }>();
  const bestTo = new Map<number, { i: number; sim: number }>();
  forEachCandidate(from, range.fromStart, range.fromEnd, to, range.toStart, range.toEnd, include, (i, j) => {
    const sim = profiles.pair(i, j);
    if (sim < ANCHOR_SIMILARITY) return;
    if (sim > (bestFrom.get(i)?.sim ?? 0)) bestFrom.set(i, { j, sim });
    if (sim > (bestTo.get(j)?.sim ?? 0)) bestTo.set(j, { i, sim });
  });
  const pairs: [number, number][] = [];
  for (const [i, { j }] of bestFrom) if (bestTo.get(j)?.i === i) pairs.push([i, j]);
  return pairs.sort((x, y) => x[0] - y[0]);
}
