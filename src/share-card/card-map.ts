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
  const across = Math.round(size.width * BLOCK_SHARE);
  const right = size.width - across;
  // Whole pixels: edges at fractions of a pixel are smoothed into shades that swell the PNG.
  const y = (value: number): number => Math.round(value * scale);
  const block = (item: PixelBlock): CardNode =>
    svgNode('rect', {
      x: item.side === 'from' ? 0 : right,
      y: item.top,
      width: across,
      height: item.bottom - item.top,
      fill: item.fill,
    });
  const band = (item: PixelBand): CardNode =>
    svgNode('path', {
      d: `M${across} ${item.from.top}L${right} ${item.to.top}L${right} ${item.to.bottom}L${across} ${item.from.bottom}Z`,
      fill: item.moved ? CARD_PALETTE.accent : CARD_PALETTE.muted,
      'fill-opacity': item.moved ? 0.35 : 0.18,
    });
  const blocks = mergeBlocks(
    geometry.blocks.map((item) => ({
      side: item.side,
      top: y(item.start),
      bottom: Math.max(y(item.start) + 1, y(item.end)),
      // An unchanged unit in a moved or edited group is still told apart by the band's colour.
      fill: item.fate === 'unchanged' || !item.changed ? FILL.unchanged : FILL[item.fate],
    })),
  );
  const bands = mergeBands(
    geometry.bands.map((item) => {
      const from = hull(item.from);
      const to = hull(item.to);
      return {
        moved: item.op === 'moved',
        from: { top: y(from.start), bottom: y(from.end) },
        to: { top: y(to.start), bottom: y(to.end) },
      };
    }),
  );
  return svgNode(
    'svg',
    {
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${size.width} ${size.height}`,
      'shape-rendering': 'crispEdges',
    },
    [...bands.map(band), ...paintOrder(blocks).map(block)],
  );
}

interface PixelBlock {
  readonly side: MapBlock['side'];
  readonly top: number;
  readonly bottom: number;
  readonly fill: string;
}

interface PixelBand {
  readonly moved: boolean;
  readonly from: { readonly top: number; readonly bottom: number };
  readonly to: { readonly top: number; readonly bottom: number };
}

/** Neighbouring blocks of one colour on one side, drawn as one: at this size they are one shape. */
function mergeBlocks(blocks: readonly PixelBlock[]): PixelBlock[] {
  const merged: PixelBlock[] = [];
  for (const item of blocks) {
    const last = merged.at(-1);
    if (last !== undefined && last.side === item.side && last.fill === item.fill && item.top <= last.bottom + 1) {
      merged[merged.length - 1] = { ...last, bottom: Math.max(last.bottom, item.bottom) };
    } else merged.push(item);
  }
  return merged;
}

/**
 * Blocks in the order they are painted: kept text first, reworded and moved text over it, dropped
 * and added text last. A block thinner than a pixel is drawn a pixel high and may share that
 * pixel with its neighbour; painted last, the block a reader looks for keeps its colour.
 */
function paintOrder(blocks: readonly PixelBlock[]): PixelBlock[] {
  const rank = (item: PixelBlock): number =>
    item.fill === FILL.unchanged ? 0 : item.fill === FILL.dropped || item.fill === FILL.added ? 2 : 1;
  return blocks.toSorted((one, other) => rank(one) - rank(other));
}

/** Bands that continue each other on both sides (text kept in order), drawn as one. */
function mergeBands(bands: readonly PixelBand[]): PixelBand[] {
  const merged: PixelBand[] = [];
  for (const item of bands) {
    const last = merged.at(-1);
    const continues =
      last !== undefined &&
      !last.moved &&
      !item.moved &&
      item.from.top >= last.from.bottom - 1 &&
      item.from.top <= last.from.bottom + 1 &&
      item.to.top >= last.to.bottom - 1 &&
      item.to.top <= last.to.bottom + 1;
    if (last !== undefined && continues) {
      merged[merged.length - 1] = {
        moved: false,
        from: { top: last.from.top, bottom: Math.max(last.from.bottom, item.from.bottom) },
        to: { top: last.to.top, bottom: Math.max(last.to.bottom, item.to.bottom) },
      };
    } else merged.push(item);
  }
  return merged;
}

/** The stretch that covers a band's spans on one side (a group's units need not be adjacent). */
function hull(spans: MapBand['from']): { start: number; end: number } {
  return {
    start: Math.min(...spans.map((span) => span.start)),
    end: Math.max(...spans.map((span) => span.end)),
  };
}
