/**
 * The alignment map in miniature for the share card: the page's geometry (map-geometry.ts) drawn
 * as a small column drawing, the original on the left and the rewrite on the right. Blocks keep
 * the page's meaning by colour only (no patterns: at this size they would be noise, and the card
 * is a picture, not the map a reader uses).
 */
import type { BlockFate, MapBand, MapBlock, MapGeometry } from '../data/alignment-map/map-geometry.ts';
import type { CardNode } from './card-node.ts';
import { svgNode } from './card-node.ts';
import { CARD_PALETTE } from './card-palette.ts';

/** The miniature's size in pixels. */
export interface MiniatureSize {
  readonly width: number;
  readonly height: number;
}

/** Shares of the width: a column of blocks, the bands between, a column of blocks. */
const BLOCK_SHARE = 0.28;

const FILL: Record<BlockFate, string> = {
  unchanged: CARD_PALETTE.rule,
  edited: CARD_PALETTE.accent,
  split: CARD_PALETTE.accent,
  merged: CARD_PALETTE.accent,
  moved: CARD_PALETTE.accent,
  dropped: CARD_PALETTE.removedRule,
  added: CARD_PALETTE.addedRule,
};

/** The miniature map of a geometry, as an SVG element `size` pixels large. */
export function cardMap(geometry: MapGeometry, size: MiniatureSize): CardNode {
  const scale = size.height / Math.max(1, geometry.length);
  const across = size.width * BLOCK_SHARE;
  const y = (value: number): number => round(value * scale);
  const block = (item: MapBlock): CardNode =>
    svgNode('rect', {
      x: item.side === 'from' ? 0 : round(size.width - across),
      y: y(item.start),
      width: round(across),
      height: Math.max(1, y(item.end) - y(item.start)),
      // An unchanged unit in a moved or edited group is still told apart by the band's colour.
      fill: item.fate === 'unchanged' || !item.changed ? FILL.unchanged : FILL[item.fate],
    });
  const band = (item: MapBand): CardNode => {
    const from = hull(item.from);
    const to = hull(item.to);
    const left = round(across);
    const right = round(size.width - across);
    return svgNode('path', {
      d: `M${left} ${y(from.start)}L${right} ${y(to.start)}L${right} ${y(to.end)}L${left} ${y(from.end)}Z`,
      fill: item.op === 'moved' ? CARD_PALETTE.accent : CARD_PALETTE.muted,
      'fill-opacity': item.op === 'moved' ? 0.35 : 0.18,
    });
  };
  return svgNode('svg', { width: size.width, height: size.height, viewBox: `0 0 ${size.width} ${size.height}` }, [
    ...geometry.bands.map(band),
    ...geometry.blocks.map(block),
  ]);
}

/** The stretch that covers a band's spans on one side (a group's units need not be adjacent). */
function hull(spans: MapBand['from']): { start: number; end: number } {
  return {
    start: Math.min(...spans.map((span) => span.start)),
    end: Math.max(...spans.map((span) => span.end)),
  };
}

/** Tenths of a pixel are finer than the PNG shows and keep the drawing's numbers short. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
