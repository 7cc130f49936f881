/**
 * The alignment map's key: a swatch drawn with the map's own classes and patterns for each kind of
 * block and mark (src/data/alignment-map/map-legend.ts), so that it reads the same beside a
 * comparison's map and above an overview's strips.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { mapLegend } from '../data/alignment-map/map-legend.ts';

/** The key as a list; `id` prefixes the swatches' pattern ids (unique on the page), `className` adds classes. */
export function mapKey(id: string, className?: string): Element {
  return h(
    'ul',
    {
      class: [
        'map-key flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted',
        ...(className === undefined ? [] : [className]),
      ],
      'aria-label': 'Key',
    },
    mapLegend(id).map((entry) => h('li', [entry.swatch, ` ${entry.words}`])),
  );
}
