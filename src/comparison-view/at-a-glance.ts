/** "At a glance": the comparison in numbers, before the text: how much was kept, reworded, dropped and added. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Report } from '../analysis/index.ts';
import { articleText } from './article-text.ts';
import type { SideLabels } from './side-labels.ts';

/** `part` as a whole percentage of `whole` ("38%"); 0% of nothing. */
function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;
}

/** `count` and the noun for it: "1 merge", "2 merges". */
function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A row of the words table: its heading, then the two sides' cells. */
function wordsRow(heading: string, cells: readonly [string, string], last = false): Element {
  return h('tr', last ? {} : { class: 'border-b border-rule/60' }, [
    h('th', { scope: 'row', class: 'py-1 pr-2 text-left font-normal text-muted' }, heading),
    ...cells.map((cell) => h('td', { class: 'px-2 py-1' }, cell)),
  ]);
}

/** The "At a glance" section of a report's `stats`, with a link to download the report. */
export function atAGlance({
  stats,
  labels,
  reportUrl,
}: {
  readonly stats: Report['stats'];
  readonly labels: SideLabels;
  readonly reportUrl: string;
}): Element {
  const { operations } = stats;
  const changes = [
    plural(operations.edited, 'reworded sentence', 'reworded sentences'),
    plural(operations.split, 'split', 'splits'),
    plural(operations.merged, 'merge', 'merges'),
    plural(operations.moved, 'move', 'moves'),
    plural(operations.dropped, 'dropped unit', 'dropped units'),
    plural(operations.added, 'added unit', 'added units'),
    plural(operations.unchanged, 'unchanged unit', 'unchanged units'),
  ];
  return h(
    'section',
    { 'aria-labelledby': 'summary-heading', class: 'rounded-lg border border-rule bg-card p-4 sm:p-5' },
    [
      h('h2', { id: 'summary-heading', class: 'text-base font-semibold' }, 'At a glance'),
      h('p', { class: 'mt-2 max-w-3xl' }, [
        'The rewrite keeps ',
        h('strong', percent(stats.from.same, stats.from.words)),
        " of the original's words verbatim, rewords ",
        h('strong', percent(stats.from.changed, stats.from.words)),
        ' and drops ',
        h('strong', percent(stats.from.unaligned, stats.from.words)),
        '; ',
        h('strong', percent(stats.to.unaligned, stats.to.words)),
        ' of its own words are in sentences the original does not have. Overall similarity: ',
        h('strong', stats.similarity.toFixed(2)),
        ' (1 is identical).',
      ]),
      h('p', { class: 'mt-2 text-sm text-muted' }, changes.join(' · ')),
      h('div', { class: 'relative mt-3 overflow-x-auto' }, [
        h('table', { class: 'w-full max-w-xl text-sm tabular-nums' }, [
          h('caption', { class: 'sr-only' }, 'Words of each version by what happened to them'),
          h('thead', [
            h('tr', { class: 'border-b border-rule text-left' }, [
              h('td'),
              h('th', { scope: 'col', class: 'px-2 py-1 font-medium' }, articleText(labels.from)),
              h('th', { scope: 'col', class: 'px-2 py-1 font-medium' }, articleText(labels.to)),
            ]),
          ]),
          h('tbody', [
            wordsRow('Words', [String(stats.from.words), String(stats.to.words)]),
            wordsRow('Same on both sides', [String(stats.from.same), String(stats.to.same)]),
            wordsRow('Reworded in aligned sentences', [String(stats.from.changed), String(stats.to.changed)]),
            wordsRow(
              'In sentences with no counterpart',
              [`${stats.from.unaligned} dropped`, `${stats.to.unaligned} new`],
              true,
            ),
          ]),
        ]),
      ]),
      h('p', { class: 'mt-3 text-sm' }, [
        h('a', { href: reportUrl, download: true }, 'Download the full comparison (JSON)'),
      ]),
    ],
  );
}
