/**
 * The side-by-side rows: one row per aligned group, a label for what happened to the row, then
 * the original (the `from` side) and the rewrite (the `to` side), and the row inline for the
 * inline view. Columns on a wide screen, stacked under the label on a narrow one (the stylesheet
 * decides). Every row has the stable anchor of src/data/comparison-rows.ts.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Row } from '../data/comparison-rows.ts';
import { moveDirection } from '../data/comparison-rows.ts';
import { rowInline } from '../data/inline-diff.ts';
import { articleText } from './article-text.ts';
import { diffText } from './diff-text.ts';
import { rowCell } from './row-cell.ts';
import type { SideMarks } from './row-cell.ts';
import type { SideLabels } from './side-labels.ts';

const ARROWS = { up: ' ↑', down: ' ↓' } as const;

/** What the row's label says, by kind of row. */
const KIND_LABELS: Readonly<Record<Row['kind'], string>> = {
  unchanged: 'unchanged',
  edited: 'reworded',
  split: 'split',
  merged: 'merged',
  'moved-from': 'moved',
  'moved-to': 'moved here',
  dropped: 'dropped',
  added: 'added',
};

/** What `rowsView` draws. */
export interface RowsViewOptions {
  readonly rows: readonly Row[];
  readonly labels: SideLabels;
  /** Finding marks by side and unit id. */
  readonly marks?: { readonly from: SideMarks; readonly to: SideMarks } | undefined;
  /** Ids of the rows a listed finding links to (for next/previous finding). */
  readonly findingRows?: ReadonlySet<string> | undefined;
}

/** The label of row `index`: a move links to its other place. */
function rowLabel(rows: readonly Row[], index: number): Element {
  const row = rows[index]!;
  if (row.counterpart === undefined) return h('p', { class: 'row-label' }, KIND_LABELS[row.kind]);
  return h('p', { class: 'row-label' }, [
    h('a', { href: `#${row.counterpart}` }, [
      KIND_LABELS[row.kind],
      ...(row.changed ? [', reworded'] : []),
      h('span', { 'aria-hidden': 'true' }, ARROWS[moveDirection(rows, index) ?? 'down']),
      h('span', { class: 'sr-only' }, ' (go to its other place)'),
    ]),
  ]);
}

/** The rows of a comparison under a head naming the two sides. */
export function rowsView({ rows, labels, marks, findingRows = new Set() }: RowsViewOptions): Element {
  const sideMarks = marks ?? { from: new Map(), to: new Map() };
  return h('div', { class: 'comparison-rows' }, [
    h('div', { class: 'comparison-row comparison-head', 'aria-hidden': 'true' }, [
      h('span'),
      h('span', { class: 'text-original' }, articleText(labels.from)),
      h('span', { class: 'text-rewrite' }, articleText(labels.to)),
    ]),
    h(
      'ol',
      rows.map((row, index) =>
        h(
          'li',
          {
            id: row.id,
            class: [
              'comparison-row',
              `row-${row.kind}`,
              ...([...row.from, ...row.to][0]?.opensBlock === true ? ['opens-block'] : []),
              ...(findingRows.has(row.id) ? ['has-finding'] : []),
            ],
          },
          [
            rowLabel(rows, index),
            row.from.length > 0 ? rowCell(row.from, labels.from, sideMarks.from) : h('div', { class: 'row-empty' }),
            row.to.length > 0 ? rowCell(row.to, labels.to, sideMarks.to) : h('div', { class: 'row-empty' }),
            h('p', { class: 'row-inline font-serif leading-relaxed' }, diffText(rowInline(row))),
          ],
        ),
      ),
    ),
  ]);
}
