/**
 * "What changed": the story-level summary first, then the findings worth a reader's attention,
 * grouped by kind, most important first within each group, each linked to its row in the
 * side-by-side text; minor ones folded in a `<details>`. Plain HTML: it reads the same without
 * JavaScript.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { FindingItem, FindingSection } from '../data/findings-view.ts';
import { articleText } from './article-text.ts';
import { findingItem } from './finding-item.ts';

/** What `whatChanged` lists. */
export interface WhatChangedOptions {
  /** The report's summary sentences, read before the findings. */
  readonly summary: readonly string[];
  readonly sections: readonly FindingSection[];
  /** Findings below the page's bar (not listed). */
  readonly minor: number;
  /** Quotations kept word for word (not listed either). */
  readonly kept: number;
  /** Where the report JSON is published, which holds what is not listed. */
  readonly reportUrl: string;
}

/** `count` and the noun for it: "1 finding", "3 findings". */
function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The story-level summary: one paragraph a sentence, so that each can be taken in at a glance;
 * nothing at all when the report has none.
 */
export function storySummary(sentences: readonly string[]): Element[] {
  if (sentences.length === 0) return [];
  return [
    h(
      'div',
      { class: 'story-summary mt-2 max-w-3xl space-y-1', 'data-summary': '' },
      sentences.map((sentence) => h('p', articleText(sentence, { isolate: false }))),
    ),
  ];
}

/** One group of findings: the important and notable listed, the minor folded away. */
function findingGroup(section: FindingSection): Element {
  const id = `findings-${section.title.toLowerCase().replaceAll(/\W+/gu, '-')}`;
  const shown = section.items.filter((item) => item.level !== 'low');
  const minor = section.items.filter((item) => item.level === 'low');
  const list = (items: readonly FindingItem[]): Element => h('ul', { class: 'mt-2 space-y-2' }, items.map(findingItem));
  return h('section', { 'aria-labelledby': id, class: 'mt-5' }, [
    h('h3', { id, class: 'text-sm font-semibold tracking-wide uppercase text-muted' }, section.title),
    ...(shown.length > 0 ? [list(shown)] : []),
    ...(minor.length > 0
      ? [
          h('details', { class: 'mt-2' }, [
            h(
              'summary',
              { class: 'cursor-pointer text-sm text-muted' },
              plural(minor.length, 'minor finding', 'minor findings'),
            ),
            list(minor),
          ]),
        ]
      : []),
  ]);
}

/** The "What changed" section. */
export function whatChanged({ summary, sections, minor, kept, reportUrl }: WhatChangedOptions): Element {
  const unlisted = [
    minor > 0 ? `${plural(minor, 'slighter finding', 'slighter findings')} not listed here` : '',
    kept > 0 ? `${plural(kept, 'quotation', 'quotations')} kept word for word` : '',
  ].filter(Boolean);
  return h('section', { 'aria-labelledby': 'what-changed', class: 'what-changed' }, [
    h('h2', { id: 'what-changed', class: 'text-lg font-semibold' }, 'What changed'),
    ...storySummary(summary),
    sections.length === 0
      ? h(
          'p',
          { class: 'mt-1 text-sm text-muted' },
          'The analysis found no change of emphasis between the two versions.',
        )
      : h(
          'p',
          { class: 'mt-1 text-sm text-muted' },
          'Changes of emphasis the analysis found, the most important first in each group; minor ones are folded away. “In the text” goes to the row where the words concerned are marked.',
        ),
    ...sections.map(findingGroup),
    ...(unlisted.length > 0
      ? [
          h('p', { class: 'mt-4 text-sm text-muted' }, [
            'Also in the ',
            h('a', { href: reportUrl }, 'report JSON'),
            `: ${unlisted.join('; ')}.`,
          ]),
        ]
      : []),
  ]);
}
