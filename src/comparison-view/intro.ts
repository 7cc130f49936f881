/**
 * The sentence that opens a comparison: which version is compared with which. Between two
 * rewrites it adds who is who, because the findings speak of "the original" and "the rewrite".
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { articleText } from './article-text.ts';
import type { SideLabels } from './side-labels.ts';

/** "A compared with B." (and, between two rewrites, which one the findings call the original). */
export function comparisonIntro(labels: SideLabels, betweenRewrites: boolean): Element {
  return h('p', { class: 'mt-2 text-muted' }, [
    h('span', { class: 'font-medium text-original' }, articleText(labels.from)),
    ' compared with ',
    h('span', { class: 'font-medium text-rewrite' }, articleText(labels.to)),
    '.',
    ...(betweenRewrites
      ? [
          " Neither is the story's original: below, “the original” means ",
          ...articleText(labels.from),
          ' and “the rewrite” means ',
          ...articleText(labels.to),
          '.',
        ]
      : []),
  ]);
}
