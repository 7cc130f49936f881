/** One finding in "What changed": its level in words, its explanation, and a link to its row. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { FindingItem } from '../data/findings-view.ts';
import { articleText } from './article-text.ts';

/** A finding's level as the page names it. */
const LEVELS = { high: 'Important', medium: 'Notable', low: 'Minor' } as const;

/** The list item of one finding (`id="finding-f3"`, the address the report's findings share). */
export function findingItem(item: FindingItem): Element {
  return h('li', { id: `finding-${item.id}`, class: `finding finding-${item.level}` }, [
    h('span', { class: 'finding-level' }, LEVELS[item.level]),
    h('span', { class: 'finding-text' }, [
      // An explanation is the site's sentence around the article's words it quotes: isolated as a
      // left-to-right whole, so that nothing in a quotation can move the link after it.
      h('bdi', { dir: 'ltr' }, articleText(item.explanation, { isolate: false })),
      ...(item.anchor === undefined
        ? []
        : [
            ' ',
            h('a', { href: `#${item.anchor}`, class: 'text-sm whitespace-nowrap' }, [
              'In the text',
              h('span', { class: 'sr-only' }, ` (finding ${item.id.slice(1)})`),
            ]),
          ]),
    ]),
  ]);
}
