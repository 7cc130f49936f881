/**
 * Which view of the comparison: both versions side by side, inline (one text with deletions and
 * insertions in place), or one of them alone with its own marks. Radio buttons and CSS (:has)
 * switch it without JavaScript; with it (src/scripts/view-switch.ts), the choice is kept in the
 * address (?view=original), so a link opens the same view.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { articleText } from './article-text.ts';
import type { SideLabels } from './side-labels.ts';

/** The views' radio buttons in a fieldset; the first, side by side, is chosen. */
export function viewSwitch(labels: SideLabels): Element {
  // The values are the readers' words: they appear in the address (?view=rewrite) and in the ids
  // the stylesheet switches on (#view-rewrite). A view of one version is named by its label, an
  // article's string, so it is kept apart.
  const views = [
    { value: 'both', name: ['Side by side'] },
    { value: 'inline', name: ['Inline'] },
    { value: 'original', name: [...articleText(labels.from), ' only'] },
    { value: 'rewrite', name: [...articleText(labels.to), ' only'] },
  ];
  return h('fieldset', { class: 'view-switch' }, [
    h('legend', { class: 'text-sm font-semibold' }, 'View'),
    h(
      'div',
      { class: 'mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm' },
      views.map((view, index) =>
        h('label', { class: 'inline-flex items-center gap-1.5' }, [
          h('input', {
            type: 'radio',
            name: 'view',
            id: `view-${view.value}`,
            value: view.value,
            checked: index === 0,
            'data-view': true,
          }),
          ...view.name,
        ]),
      ),
    ),
  ]);
}
