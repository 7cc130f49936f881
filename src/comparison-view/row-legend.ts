/** The legend of the rows' marks and labels: what struck through, underlined and each row label mean. */
import type { Element } from 'hast';
import { h } from 'hastscript';

/** Each entry: what the reader sees in the rows, and what it means; new nodes each call. */
const entries = (): readonly { readonly term: Element; readonly meaning: string }[] => [
  { term: h('dt', [h('del', { class: 'diff-removed' }, 'Struck through')]), meaning: 'words only in the original' },
  { term: h('dt', [h('ins', { class: 'diff-added' }, 'Underlined')]), meaning: 'words only in the rewrite' },
  {
    term: h('dt', { class: 'row-label-sample' }, 'reworded'),
    meaning: 'the same sentence in other words (unchanged: word for word the same, typography aside)',
  },
  {
    term: h('dt', { class: 'row-label-sample' }, 'split, merged'),
    meaning: 'one sentence became several, or several became one',
  },
  {
    term: h('dt', { class: 'row-label-sample' }, 'moved ↑ ↓, moved here'),
    meaning: 'the sentence changed place; the label links to its other place',
  },
  {
    term: h('dt', { class: 'row-label-sample' }, 'dropped, added'),
    meaning: 'only in the original, or only in the rewrite (with a bar at its side)',
  },
];

/** The legend as a definition list. */
export function rowLegend(): Element {
  return h(
    'dl',
    { class: 'legend grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]' },
    entries().flatMap(({ term, meaning }) => [term, h('dd', meaning)]),
  );
}
