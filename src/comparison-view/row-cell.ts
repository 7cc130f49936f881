/**
 * One side of a row: its units laid out as the article had them. Units of one block share a
 * paragraph; a heading is a heading, list items a list, the headline and standfirst keep their
 * header look.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RowUnit } from '../data/comparison-rows.ts';
import type { UnitMark } from '../data/findings-view.ts';
import { articleText } from './article-text.ts';
import { diffText } from './diff-text.ts';

/** The finding marks of one side's units, by unit id. */
export type SideMarks = ReadonlyMap<string, readonly UnitMark[]>;

/** The classes of a paragraph of each kind of unit (body text by default). */
const PARAGRAPH_STYLE: Readonly<Record<string, string>> = {
  headline: 'font-serif text-xl leading-snug font-semibold sm:text-2xl',
  standfirst: 'font-serif text-lg leading-snug text-ink/85',
};

/** A cell of `units`; `label` is its version's, announced before the cell and shown where the columns stack. */
export function rowCell(units: readonly RowUnit[], label: string, marks: SideMarks = new Map()): Element {
  // Consecutive units of one block go together (sentences of a paragraph, items of a list).
  const blocks: RowUnit[][] = [];
  for (const unit of units) {
    const last = blocks.at(-1);
    if (last !== undefined && !unit.opensBlock && last[0]?.kind === unit.kind) last.push(unit);
    else blocks.push([unit]);
  }
  const text = (unit: RowUnit): ElementContent[] => diffText(unit.segments, marks.get(unit.id));
  return h('div', { class: 'row-cell' }, [
    h('p', { class: 'row-side' }, articleText(label, { isolate: false })),
    ...blocks.map((block) => {
      const kind = block[0]?.kind ?? 'sentence';
      if (kind === 'heading') return h('h3', { class: 'font-sans text-lg font-semibold' }, block.flatMap(text));
      if (kind === 'list-item')
        return h(
          'ul',
          { class: 'list-disc pl-5 font-serif' },
          block.map((unit) => h('li', text(unit))),
        );
      return h(
        'p',
        { class: PARAGRAPH_STYLE[kind] ?? 'font-serif leading-relaxed' },
        block.flatMap((unit, index) => [...(index > 0 ? [{ type: 'text', value: ' ' } as const] : []), ...text(unit)]),
      );
    }),
  ]);
}
