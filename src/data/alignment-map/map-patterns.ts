/**
 * The patterns that mark dropped and added blocks besides their colour: diagonal hatching for a
 * dropped unit (as a struck-through word is crossed out) and dots for a new one. One definition
 * for the map and its key, so the key always shows what the map draws.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';

/** What a pattern marks. */
export type PatternedFate = 'dropped' | 'added';

/** The id of a drawing's pattern for a fate: `prefix` keeps it unique on the page. */
export function patternId(prefix: string, fate: PatternedFate): string {
  return `${prefix}-${fate}`;
}

/** The `<defs>` of both patterns, in tiles of `tile` units square. */
export function mapPatterns(prefix: string, tile: number): Element {
  const half = tile / 2;
  return s('defs', [
    s('pattern', { id: patternId(prefix, 'dropped'), patternUnits: 'userSpaceOnUse', width: tile, height: tile }, [
      s('rect', { class: 'map-pattern-dropped', width: tile, height: tile }),
      // Three strokes, so the hatching runs on unbroken across the tiles' corners.
      s('path', {
        class: 'map-hatch-dropped',
        d: `M0 ${tile}L${tile} 0M${-half} ${half}L${half} ${-half}M${half} ${tile + half}L${tile + half} ${half}`,
      }),
    ]),
    s('pattern', { id: patternId(prefix, 'added'), patternUnits: 'userSpaceOnUse', width: tile, height: tile }, [
      s('rect', { class: 'map-pattern-added', width: tile, height: tile }),
      s('circle', { class: 'map-dots-added', cx: half, cy: half, r: Math.round((tile / 5) * 100) / 100 }),
    ]),
  ]);
}
