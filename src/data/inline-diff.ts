/**
 * One row's words as a single text with deletions and insertions in place, for the inline view:
 * what the original had, struck through, right before what the rewrite put there.
 *
 * Each side's segments cover its own text; the unchanged words are the same, in the same order,
 * on both sides (the word diff keeps them so), so the two can be walked together: edits of each
 * side up to the next unchanged word, then that word once. Unchanged words are shown as the
 * original wrote them (a curly quote where the rewrite has a straight one).
 */
import type { Segment } from '../analysis/index.ts';
import { tokenize } from '../analysis/index.ts';
import type { Row } from './comparison-rows.ts';

/** A piece of text with its op, cut at words so that the two sides can be walked together. */
interface Piece {
  readonly op: Segment['op'];
  readonly text: string;
  /** True for a word or mark (not white space): the unchanged ones pair up across the sides. */
  readonly counts: boolean;
}

/** The pieces of one side: its units' segments in order, units joined by a space. */
function pieces(units: readonly (readonly Segment[])[]): Piece[] {
  const result: Piece[] = [];
  units.forEach((segments, index) => {
    if (index > 0) result.push({ op: 'same', text: ' ', counts: false });
    for (const segment of segments) {
      for (const token of tokenize(segment.text))
        result.push({ op: segment.op, text: token.text, counts: token.kind !== 'space' });
    }
  });
  return result;
}

/** The inline text of a row, from the segments of its original (`from`) units and of its rewrite (`to`) units. */
export function inlineSegments(from: readonly (readonly Segment[])[], to: readonly (readonly Segment[])[]): Segment[] {
  const fromPieces = pieces(from);
  const toPieces = pieces(to);
  const result: Segment[] = [];
  const push = (op: Segment['op'], text: string): void => {
    if (text === '') return;
    const last = result.at(-1);
    if (last !== undefined && last.op === op) result[result.length - 1] = { op, text: last.text + text };
    else result.push({ op, text });
  };
  let x = 0;
  let y = 0;
  while (x < fromPieces.length || y < toPieces.length) {
    // The edits of each side up to their next unchanged piece: the deletion first.
    while (x < fromPieces.length && fromPieces[x]!.op !== 'same') push('removed', fromPieces[x++]!.text);
    while (y < toPieces.length && toPieces[y]!.op !== 'same') {
      // A deletion and the insertion after it are two words: keep a space between them (inside
      // the insertion, so that the original's text stays exactly its own).
      const text = toPieces[y++]!.text;
      const last = result.at(-1);
      const joined = last?.op === 'removed' && /\S$/u.test(last.text) && /^\S/u.test(text);
      push('added', joined ? ` ${text}` : text);
    }
    // Unchanged white space: the original's, once (the rewrite's own is skipped).
    if (x < fromPieces.length && !fromPieces[x]!.counts) {
      push('same', fromPieces[x++]!.text);
      if (y < toPieces.length && toPieces[y]!.op === 'same' && !toPieces[y]!.counts) y += 1;
      continue;
    }
    if (y < toPieces.length && !toPieces[y]!.counts) {
      // The rewrite's own space next to an insertion still separates it from its neighbour.
      if (result.at(-1)?.op === 'added' || (toPieces[y + 1] !== undefined && toPieces[y + 1]!.op !== 'same'))
        push('added', toPieces[y]!.text);
      y += 1;
      continue;
    }
    // One unchanged word, as the original wrote it.
    if (x < fromPieces.length) push('same', fromPieces[x++]!.text);
    if (y < toPieces.length) y += 1;
  }
  return result;
}

/**
 * A row of the side-by-side view as one inline text: both sides woven together, or a row with one
 * side (dropped, added, a move's two places) as all deleted or all inserted.
 */
export function rowInline(row: Pick<Row, 'from' | 'to'>): Segment[] {
  const texts = (units: Row['from']) =>
    units.map((unit) => unit.segments.map((segment) => segment.text).join('')).join(' ');
  if (row.from.length === 0) return [{ op: 'added', text: texts(row.to) }];
  if (row.to.length === 0) return [{ op: 'removed', text: texts(row.from) }];
  return inlineSegments(
    row.from.map((unit) => unit.segments),
    row.to.map((unit) => unit.segments),
  );
}
