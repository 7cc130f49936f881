/**
 * The runs of a group's diff cut back into each unit's segments, so that joining a unit's segments
 * gives back its text exactly; white space at the edges of an edit moves into the text beside it.
 */
import type { DiffInput, Run } from './runs.ts';

/** A stretch of a unit's text: the same on both sides, or only on this side. */
export interface Segment {
  readonly text: string;
  /** `same` on both sides; `removed` only in the original; `added` only in the rewrite. */
  readonly op: 'same' | 'removed' | 'added';
}

/** One unit's text as segments. */
export interface UnitDiff {
  readonly unit: string;
  readonly segments: readonly Segment[];
}

/** Cuts the runs of one side back into each unit's segments. */
export function unitSegments(units: readonly DiffInput[], runs: readonly Run[], side: 'from' | 'to'): UnitDiff[] {
  const segments: Segment[][] = units.map(() => []);
  const changed = side === 'from' ? 'removed' : 'added';
  for (const run of runs) {
    const op = run.kind === 'same' ? 'same' : changed;
    for (const token of run[side]) {
      const list = segments[token.unit]!;
      const last = list.at(-1);
      if (last !== undefined && last.op === op) list[list.length - 1] = { op, text: last.text + token.text };
      else list.push({ op, text: token.text });
    }
  }
  return units.map((unit, index) => ({ unit: unit.id, segments: trimEdits(segments[index]!) }));
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** True when an offset of a text falls between two grapheme clusters (or at either end). */
function graphemeBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  // Only text next to the offset matters; most edits are short, and this runs only when they
  // have white space at an edge.
  return graphemes.segment(text).containing(offset)?.index === offset;
}

/**
 * Moves white space at the edges of an edit into the unchanged text beside it: "[-Trump -]wrote"
 * reads better as "[-Trump-] wrote". The text is the same, only the boundary moves.
 */
function trimEdits(segments: readonly Segment[]): Segment[] {
  const result: Segment[] = [];
  const pushSame = (text: string): void => {
    if (text === '') return;
    const last = result.at(-1);
    if (last?.op === 'same') result[result.length - 1] = { op: 'same', text: last.text + text };
    else result.push({ op: 'same', text });
  };
  for (const segment of segments) {
    if (segment.op === 'same') {
      pushSame(segment.text);
      continue;
    }
    // Leading and trailing white space by scanning (a regular expression with a lazy middle
    // backtracks quadratically over a long run of spaces).
    const text = segment.text;
    let from = 0;
    while (from < text.length && /\s/u.test(text[from]!)) from += 1;
    let to = text.length;
    while (to > from && /\s/u.test(text[to - 1]!)) to -= 1;
    let [leading, core, trailing] = [text.slice(0, from), text.slice(from, to), text.slice(to)];
    // A space can begin a character a reader sees as one (a space with a variation selector or
    // a combining mark): the boundary only moves where it falls between two such characters.
    if (!graphemeBoundary(segment.text, leading.length)) [leading, core] = ['', leading + core];
    if (!graphemeBoundary(segment.text, segment.text.length - trailing.length))
      [core, trailing] = [core + trailing, ''];
    if (core === '') {
      pushSame(segment.text);
      continue;
    }
    pushSame(leading);
    result.push({ op: segment.op, text: core });
    pushSame(trailing);
  }
  return result;
}
