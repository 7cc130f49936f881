/** "Side by side": the reading guide, the rows and the change navigator, under one heading. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { changeNavigator } from './change-navigator.ts';
import { readingGuide } from './reading-guide.ts';
import { rowsView } from './rows-view.ts';
import type { RowsViewOptions } from './rows-view.ts';

/** The side-by-side section (`#side-by-side`, where the map's skip link goes). */
export function sideBySide(options: RowsViewOptions): Element {
  return h('section', { 'aria-labelledby': 'side-by-side', class: 'mt-10' }, [
    h('h2', { id: 'side-by-side', class: 'text-lg font-semibold' }, 'Side by side'),
    h('div', { class: 'mt-2' }, [readingGuide(options.labels)]),
    h('div', { class: 'mt-4' }, [rowsView(options), changeNavigator()]),
  ]);
}
