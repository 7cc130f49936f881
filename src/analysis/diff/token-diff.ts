/**
 * The diff of two token id sequences: jsdiff's Myers diff (`diffArrays`), with long inputs first
 * cut at anchors, as patience diff does.
 *
 * Myers's work grows with the length times the number of edits, and a heavily reworded long
 * sentence (or a merge of several) has both: a few such groups took most of the analysis of a long
 * article. Words found exactly once on each side, taken in the longest chain that keeps their order,
 * are almost always the same word kept; the stretches between them are short and diffed on their
 * own. Sentences of ordinary length go straight to Myers, so their diffs are exactly jsdiff's.
 * A stretch too long and too changed for Myers within its budget is shown as replaced whole.
 */
import { diffArrays } from 'diff';
import { increasingChain } from '../increasing-chain.ts';

/** A run of the diff: `count` ids kept (neither flag), removed from the first side or added in the second. */
export interface Change {
  readonly count: number;
  readonly added: boolean;
  readonly removed: boolean;
}

/** Inputs up to this many cells (length × length, about 64 words a side) go to Myers directly. */
const DIRECT_CELLS = 4096;
/**
 * Most steps one Myers search may take (its work is the lengths times the edits). A stretch with
 * no anchor that would take more (a megabyte-long sentence of repeated words) is shown as
 * replaced whole, past its common beginning and end: a coarser diff, never a hang.
 */
const MYERS_BUDGET = 5_000_000;

/** The changes that turn `x` into `y`, in order. */
export function diffTokenIds(x: readonly number[], y: readonly number[]): Change[] {
  const changes: Change[] = [];
  diffRange(x, 0, x.length, y, 0, y.length, changes);
  return changes;
}

function diffRange(
  x: readonly number[],
  startX: number,
  endX: number,
  y: readonly number[],
  startY: number,
  endY: number,
  changes: Change[],
): void {
  if ((endX - startX) * (endY - startY) <= DIRECT_CELLS) {
    myers(x, startX, endX, y, startY, endY, changes);
    return;
  }
  // The common prefix and suffix are kept: anchors are searched for only between them.
  let prefix = 0;
  while (startX + prefix < endX && startY + prefix < endY && x[startX + prefix] === y[startY + prefix]) prefix += 1;
  let suffix = 0;
  while (
    endX - suffix > startX + prefix &&
    endY - suffix > startY + prefix &&
    x[endX - 1 - suffix] === y[endY - 1 - suffix]
  )
    suffix += 1;
  push(changes, { count: prefix, added: false, removed: false });
  const innerX = [startX + prefix, endX - suffix] as const;
  const innerY = [startY + prefix, endY - suffix] as const;
  const anchors = uniqueAnchors(x, innerX[0], innerX[1], y, innerY[0], innerY[1]);
  if (anchors.length === 0) {
    myers(x, innerX[0], innerX[1], y, innerY[0], innerY[1], changes);
  } else {
    let fromX = innerX[0];
    let fromY = innerY[0];
    for (const [i, j] of anchors) {
      diffRange(x, fromX, i, y, fromY, j, changes);
      push(changes, { count: 1, added: false, removed: false });
      fromX = i + 1;
      fromY = j + 1;
    }
    diffRange(x, fromX, innerX[1], y, fromY, innerY[1], changes);
  }
  push(changes, { count: suffix, added: false, removed: false });
}

/** Ids found exactly once in each range, paired, in the longest chain that keeps their order. */
function uniqueAnchors(
  x: readonly number[],
  startX: number,
  endX: number,
  y: readonly number[],
  startY: number,
  endY: number,
): [number, number][] {
  // For each id: its position in x (or -1 once seen twice), then the same for y.
  const inX = new Map<number, number>();
  for (let i = startX; i < endX; i += 1) inX.set(x[i]!, inX.has(x[i]!) ? -1 : i);
  const inY = new Map<number, number>();
  for (let j = startY; j < endY; j += 1) inY.set(y[j]!, inY.has(y[j]!) ? -1 : j);
  const pairs: [number, number][] = [];
  for (const [id, i] of inX) {
    const j = inY.get(id);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  return increasingChain(pairs.sort((p, q) => p[0] - q[0]));
}

/** jsdiff's Myers diff of one stretch of each side. */
function myers(
  x: readonly number[],
  startX: number,
  endX: number,
  y: readonly number[],
  startY: number,
  endY: number,
  changes: Change[],
): void {
  if (startX === endX || startY === endY) {
    push(changes, { count: endX - startX, added: false, removed: true });
    push(changes, { count: endY - startY, added: true, removed: false });
    return;
  }
  const length = endX - startX + (endY - startY);
  const maxEditLength = length * length <= MYERS_BUDGET ? undefined : Math.max(1, Math.floor(MYERS_BUDGET / length));
  const [before, after] = [x.slice(startX, endX), y.slice(startY, endY)];
  const result = maxEditLength === undefined ? diffArrays(before, after) : diffArrays(before, after, { maxEditLength });
  if (result === undefined) {
    push(changes, { count: endX - startX, added: false, removed: true });
    push(changes, { count: endY - startY, added: true, removed: false });
    return;
  }
  for (const change of result) push(changes, { count: change.count, added: change.added, removed: change.removed });
}

/** Appends a change, joining it to the last one when they are of one kind, and dropping empty ones. */
function push(changes: Change[], change: Change): void {
  if (change.count === 0) return;
  const last = changes.at(-1);
  if (last !== undefined && last.added === change.added && last.removed === change.removed) {
    changes[changes.length - 1] = { ...last, count: last.count + change.count };
  } else {
    changes.push(change);
  }
}
