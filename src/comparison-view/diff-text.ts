/**
 * A unit's text with the words only one side has marked (struck through and underlined, not only
 * coloured), and the words a finding is about marked on top: a hedge, a booster, a reporting verb,
 * a quotation, a source, a name or a figure, each announced to screen readers.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Segment } from '../analysis/index.ts';
import { hasBidiControls } from '../data/bidi-controls.ts';
import { markSegments } from '../data/findings-view.ts';
import type { MarkedSegment, UnitMark } from '../data/findings-view.ts';
import { MARK_LABELS } from '../data/mark-labels.ts';
import { articlePieces } from './article-text.ts';

/**
 * A piece of a unit as text nodes. A unit fills its paragraph or shares it with units of the same
 * article, so it is not isolated; its directional controls are shown, and only where it has any.
 */
function plain(text: string): ElementContent[] {
  return hasBidiControls(text) ? articlePieces(text) : [{ type: 'text', value: text }];
}

/** One marked (or unmarked) piece. */
function piece(marked: MarkedSegment): ElementContent[] {
  if (marked.mark === undefined) return plain(marked.text);
  return [
    h('mark', { class: `emphasis emphasis-${marked.mark}` }, [
      ...plain(marked.text),
      ...(marked.markEnds ? [h('span', { class: 'sr-only' }, ` (${MARK_LABELS[marked.mark].singular})`)] : []),
    ]),
  ];
}

/** `segments` with their deletions, insertions and finding marks, as nodes to put in a block. */
export function diffText(segments: readonly Segment[], marks: readonly UnitMark[] = []): ElementContent[] {
  // Consecutive pieces of one diff op go in one element, marks inside it.
  const runs: { op: Segment['op']; pieces: MarkedSegment[] }[] = [];
  for (const marked of markSegments(segments, marks)) {
    const last = runs.at(-1);
    if (last !== undefined && last.op === marked.op) last.pieces.push(marked);
    else runs.push({ op: marked.op, pieces: [marked] });
  }
  return runs.flatMap((run): ElementContent[] => {
    const content = run.pieces.flatMap(piece);
    if (run.op === 'removed') return [h('del', { class: 'diff-removed' }, content)];
    if (run.op === 'added') return [h('ins', { class: 'diff-added' }, content)];
    return content;
  });
}
