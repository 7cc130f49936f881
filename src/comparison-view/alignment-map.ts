/**
 * The alignment map of a comparison, near the top of its page: the original and the rewrite as
 * columns of blocks joined by bands (a strip across a phone), each block a link to its row, then
 * its key and the same in words. A link before it skips to the rows. Drawn from the report
 * (src/data/alignment-map); no script. Search leaves it out: its words are about the sentences,
 * not what they say.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Report } from '../analysis/index.ts';
import type { Row } from '../data/comparison-rows.ts';
import { mapGeometry } from '../data/alignment-map/map-geometry.ts';
import { mapSvg } from '../data/alignment-map/map-svg.ts';
import { mapWords } from '../data/alignment-map/map-words.ts';
import { articleText } from './article-text.ts';
import { mapKey } from './map-key.ts';
import type { SideLabels } from './side-labels.ts';

/** The map section of `report`, whose rows are `rows` (their anchors are the blocks' links). */
export function alignmentMap({
  report,
  rows,
  labels,
}: {
  readonly report: Report;
  readonly rows: readonly Row[];
  readonly labels: SideLabels;
}): Element {
  const map = mapGeometry(report, rows);
  // A long story's map draws runs of sentences that fared alike as one block: say so.
  const block = map.blocks.some((candidate) => candidate.units.length > 1)
    ? 'a sentence, or a run of sentences that fared alike'
    : 'a sentence';
  const label = `Alignment map: each block is ${block}, and links to its row`;
  return h('section', { 'aria-labelledby': 'alignment-map', class: 'alignment-map', 'data-pagefind-ignore': '' }, [
    h('h2', { id: 'alignment-map', class: 'text-lg font-semibold' }, 'The rewrite at a glance'),
    h(
      'a',
      {
        href: '#side-by-side',
        class:
          'sr-only focus:not-sr-only focus:mt-2 focus:inline-block focus:rounded focus:bg-paper focus:px-2 focus:py-1',
      },
      'Skip the map, to the rows',
    ),
    h('div', { class: 'mt-3 grid gap-x-8 gap-y-4 sm:grid-cols-[minmax(0,15rem)_minmax(0,1fr)]' }, [
      h('figure', { class: 'm-0' }, [
        h('p', { class: 'map-heads text-xs font-semibold', 'aria-hidden': 'true' }, [
          h('span', { class: 'max-w-[48%] truncate text-original' }, articleText(labels.from)),
          h('span', { class: 'max-w-[48%] truncate text-rewrite' }, articleText(labels.to)),
        ]),
        // Short id prefixes: a long story's map repeats them in hundreds of links' names.
        mapSvg(map, { orientation: 'column', id: 'mc', label }),
        mapSvg(map, { orientation: 'strip', id: 'ms', label }),
        h('figcaption', { class: 'mt-1 text-xs text-muted' }, [
          h(
            'span',
            { class: 'map-caption-column' },
            'The original on the left, the rewrite on the right, top to bottom.',
          ),
          ' ',
          h('span', { class: 'map-caption-strip' }, 'The original above, the rewrite below, left to right.'),
          ` Each block is ${block}, as long as its words; bands join what was kept.`,
        ]),
      ]),
      h('div', { class: 'text-sm' }, [
        mapKey('map-key'),
        h('h3', { class: 'mt-4 font-semibold' }, 'The map in words'),
        h(
          'ul',
          { class: 'mt-1 space-y-1' },
          mapWords(map).map((line) =>
            h('li', [h('span', { class: 'font-medium' }, `${line.label}:`), ` ${line.units}.`]),
          ),
        ),
      ]),
    ]),
  ]);
}
