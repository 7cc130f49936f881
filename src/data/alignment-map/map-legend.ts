/**
 * The map's key: one small swatch per kind of block and mark, drawn with the map's own classes
 * and patterns (hastscript), so the key always looks like the map, in either theme. The dropped
 * swatch defines both patterns; the added swatch, drawn after it, refers to the same definitions.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { mapPatterns, patternId } from './map-patterns.ts';

/** One entry of the key: its swatch and its words. */
export interface LegendEntry {
  readonly swatch: Element;
  readonly words: string;
}

/** The key's entries; `id` prefixes the swatches' pattern ids (unique on the page). */
export function mapLegend(id: string): LegendEntry[] {
  const swatch = (children: Element[]): Element =>
    s('svg', { class: 'map-swatch', viewBox: '0 0 18 12', ariaHidden: 'true', focusable: 'false' }, children);
  const block = (fate: string, fill?: string): Element =>
    s('rect', {
      class: `map-${fate}`,
      x: 1,
      y: 1,
      width: 16,
      height: 10,
      ...(fill === undefined ? {} : { fill }),
    });
  const level = (name: 'high' | 'medium' | 'low'): Element =>
    swatch([s('circle', { class: `map-level map-level-${name}`, cx: 9, cy: 6, r: name === 'low' ? 2 : 4 })]);
  return [
    { swatch: swatch([block('unchanged')]), words: 'word for word' },
    { swatch: swatch([block('edited')]), words: 'reworded, split or merged' },
    { swatch: swatch([block('moved')]), words: 'moved' },
    {
      swatch: swatch([mapPatterns(id, 6), block('dropped', `url(#${patternId(id, 'dropped')})`)]),
      words: 'dropped',
    },
    { swatch: swatch([block('added', `url(#${patternId(id, 'added')})`)]), words: 'new' },
    { swatch: level('high'), words: 'important finding' },
    { swatch: level('medium'), words: 'notable' },
    { swatch: level('low'), words: 'minor' },
  ];
}
