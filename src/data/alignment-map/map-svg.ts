/**
 * The alignment map drawn as an SVG hast tree (hastscript), from its geometry. Two orientations of
 * one drawing: a column (the original on the left, the rewrite on the right, reading downwards)
 * and a strip (the original above, the rewrite below, reading across) for narrow screens and the
 * overview. Colours come from classes (alignment-map.css), so the palette and dark mode apply and
 * no style attribute is needed under the pages' CSP; dropped and added blocks carry a pattern as
 * well as a colour. Free of Astro and the file system: a browser can build the same tree.
 */
import type { Element } from 'hast';
import { s } from 'hastscript';
import { blockLabel } from './block-label.ts';
import type { MapBand, MapBlock, MapGeometry, Span } from './map-geometry.ts';
import { mapPatterns, patternId } from './map-patterns.ts';

/** Which way the columns run: down the page, or across it. */
export type MapOrientation = 'column' | 'strip';

/** What the drawing needs besides the geometry. */
export interface MapSvgOptions {
  readonly orientation: MapOrientation;
  /** Prefix of the drawing's ids (its patterns): unique on the page, as ids are page-wide. */
  readonly id: string;
  /** The drawing's accessible name. */
  readonly label: string;
  /** What each block's address starts with before its "#anchor": empty for rows on the same page. */
  readonly href?: string | undefined;
  readonly className?: string | undefined;
}

/**
 * The width of a column drawing in map units; a strip is a fifth of its length across, so that it
 * keeps one shape (and its blocks their proportions) at whatever width a phone gives it.
 */
const COLUMN_ACROSS = 240;
const STRIP_SHARE = 1 / 5;
/** Lanes across the drawing, as shares of its width: marks, blocks, bands, blocks, marks. */
const MARK_LANE = 0.06;
const BLOCK_LANE = 0.24;
/** Pattern tiles as shares of the width: about 6 px on screen in either orientation. */
const TILE = { column: 0.025, strip: 0.1 } as const;

/** The order the bands are drawn in, by operation: moves last, over the others. */
const BAND_ORDER: readonly MapBand['op'][] = ['unchanged', 'edited', 'split', 'merged', 'moved'];

/** Builds the SVG element of a map. */
export function mapSvg(map: MapGeometry, options: MapSvgOptions): Element {
  const { orientation, id } = options;
  const length = Math.max(map.length, 1);
  const across = orientation === 'column' ? COLUMN_ACROSS : round(length * STRIP_SHARE);
  // A point along the columns (a) and across them (c), in the drawing's x and y.
  const point = (a: number, c: number): [number, number] =>
    orientation === 'column' ? [round(c), round(a)] : [round(a), round(c)];
  const box = (span: Span, c0: number, c1: number): Record<string, number> => {
    const [x0, y0] = point(span.start, c0);
    const [x1, y1] = point(span.end, c1);
    return { x: x0, y: y0, width: round(x1 - x0), height: round(y1 - y0) };
  };
  const lanes = {
    from: { mark: MARK_LANE / 2, block: [MARK_LANE, MARK_LANE + BLOCK_LANE] },
    to: { mark: 1 - MARK_LANE / 2, block: [1 - MARK_LANE - BLOCK_LANE, 1 - MARK_LANE] },
  } as const;
  const at = (share: number): number => share * across;
  const inner = { from: at(lanes.from.block[1]), to: at(lanes.to.block[0]) };
  const middle = (inner.from + inner.to) / 2;
  const [width, height] = orientation === 'column' ? [across, length] : [length, across];

  const band = (from: Span, to: Span): string => {
    const move = (a: number, c: number): string => point(a, c).join(' ');
    return [
      `M${move(from.start, inner.from)}`,
      `C${move(from.start, middle)} ${move(to.start, middle)} ${move(to.start, inner.to)}`,
      `L${move(to.end, inner.to)}`,
      `C${move(to.end, middle)} ${move(from.end, middle)} ${move(from.end, inner.from)}`,
      'Z',
    ].join('');
  };

  const mark = (block: MapBlock): Element | undefined => {
    if (block.level === undefined) return undefined;
    const [cx, cy] = point((block.start + block.end) / 2, at(lanes[block.side].mark));
    // Across at most its block's length, so that the marks of a long story's thin blocks do not
    // pile up; but a radius of 0.6 at least, so that a mark by the thinnest block can still be
    // seen, even if it then reaches past its block's ends.
    const radius = round(
      Math.min(at(MARK_LANE) * (block.level === 'low' ? 0.18 : 0.32), Math.max(0.6, (block.end - block.start) / 2)),
    );
    return s('circle', { class: `map-level map-level-${block.level}`, cx, cy, r: radius });
  };

  // No tile longer than the shortest dropped or added block, so that each shows its pattern.
  const patterns = mapPatterns(id, Math.min(round(across * TILE[orientation]), map.markedMin));

  return s(
    'svg',
    {
      class: ['alignment-map-svg', `map-${orientation}`, options.className ?? ''].filter(Boolean).join(' '),
      viewBox: `0 0 ${round(width)} ${round(height)}`,
      role: 'group',
      ariaLabel: options.label,
    },
    [
      patterns,
      s(
        'g',
        { class: 'map-bands', ariaHidden: 'true' },
        // One group of paths per operation, whose class colours them all (a long story has
        // hundreds); moves last, so that their crossing bands lie over the others and can be seen.
        BAND_ORDER.flatMap((op) => {
          const bands = map.bands.filter((group) => group.op === op);
          if (bands.length === 0) return [];
          return [
            s(
              'g',
              { class: `map-band-${op}` },
              bands.map((group) =>
                s('path', { d: group.from.flatMap((from) => group.to.map((to) => band(from, to))).join('') }),
              ),
            ),
          ];
        }),
      ),
      s(
        'g',
        { class: 'map-blocks' },
        map.blocks.map((block, index) => {
          const [c0, c1] = lanes[block.side].block;
          // The title names the link, for assistive technology (by reference: browsers do not all
          // name a link from its title) and as a tooltip for a mouse user; said once, to keep a
          // long story's page small.
          const title = `${id}-${index}`;
          return s(
            'a',
            { href: `${options.href ?? ''}#${block.anchor}`, ariaLabelledby: title },
            [
              s('title', { id: title }, blockLabel(block)),
              s('rect', {
                class: `map-${block.fate}`,
                ...box(block, at(c0), at(c1)),
                ...(block.fate === 'dropped' || block.fate === 'added'
                  ? { fill: `url(#${patternId(id, block.fate)})` }
                  : {}),
              }),
              mark(block),
            ].filter((child) => child !== undefined),
          );
        }),
      ),
    ],
  );
}

/**
 * One decimal: a tenth of a map unit is under a pixel at any size the page draws the map, and
 * each of a long story's hundreds of blocks and bands says a dozen numbers.
 */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
