/**
 * How to read the side-by-side rows: a legend of every mark and label, the keys, the view switch,
 * the "changes only" switch and the filter of finding marks. Plain HTML and CSS: it all works
 * without JavaScript.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { sitePath } from '../data/site-path.ts';
import { markFilter } from './mark-filter.ts';
import { rowLegend } from './row-legend.ts';
import type { SideLabels } from './side-labels.ts';
import { viewSwitch } from './view-switch.ts';

/** The reading guide above the rows. */
export function readingGuide(labels: SideLabels): Element {
  return h('div', { class: 'reading-guide space-y-4', 'data-pagefind-ignore': '' }, [
    h('p', { class: 'text-sm text-muted' }, [
      "Each row pairs a sentence (or a heading, or a list item) of the original with what the rewrite made of it; the row's label says what happened. ",
      h('a', { href: sitePath('method/') }, 'How Reworded compares'),
      ' explains the method and its limits.',
    ]),
    rowLegend(),
    h('p', { class: 'text-sm text-muted' }, [
      'Keys: ',
      h('kbd', 'j'),
      ' and ',
      h('kbd', 'k'),
      ' go to the next and previous change, ',
      h('kbd', 'n'),
      ' and ',
      h('kbd', 'p'),
      ' to the next and previous finding (also as buttons at the foot of the view).',
    ]),
    viewSwitch(labels),
    h('label', { class: 'inline-flex items-center gap-2 text-sm' }, [
      h('input', { type: 'checkbox', id: 'changes-only', class: 'h-4 w-4' }),
      'Changes only: fold the rows that did not change',
    ]),
    markFilter(),
  ]);
}
