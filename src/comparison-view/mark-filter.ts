/**
 * The legend of the finding marks, and a switch for each kind: unticking one hides its marks in
 * the text. Native checkboxes and CSS (:has) do the work, so it needs no JavaScript.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { MARK_CATEGORIES, MARK_LABELS } from '../data/mark-labels.ts';

/** The marks' fieldset: one ticked checkbox (`#show-hedge` …) per kind of mark. */
export function markFilter(): Element {
  return h('fieldset', { class: 'mark-filter' }, [
    h('legend', { class: 'text-sm font-semibold' }, 'Marks in the text'),
    h('p', { class: 'text-sm text-muted' }, 'Words a finding is about are outlined; untick a kind to hide its marks.'),
    h(
      'div',
      { class: 'mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm' },
      MARK_CATEGORIES.map((category) =>
        h('label', { class: 'inline-flex items-center gap-1.5' }, [
          h('input', { type: 'checkbox', id: `show-${category}`, checked: true }),
          h('mark', { class: `emphasis emphasis-${category}` }, MARK_LABELS[category].plural),
        ]),
      ),
    ),
  ]);
}
