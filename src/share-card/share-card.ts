/**
 * A comparison's share card, from its report to PNG bytes: the words (card-content.ts, less any
 * the font cannot draw: card-coverage.ts), the map's geometry (the page's own, map-geometry.ts),
 * the layout (card-tree.ts), the drawing (render-card.ts).
 */
import type { Report } from '../analysis/index.ts';
import { mapGeometry } from '../data/alignment-map/map-geometry.ts';
import { cardFontRanges } from './card-assets.ts';
import type { CardLabels } from './card-content.ts';
import { cardContent, drawableContent } from './card-content.ts';
import type { Drawable } from './card-coverage.ts';
import { drawableIn } from './card-coverage.ts';
import { cardTree } from './card-tree.ts';
import { renderCard } from './render-card.ts';

let drawable: Drawable | undefined;

/** The PNG of the share card of a report of two versions with the given labels. */
export function shareCard(report: Report, labels: CardLabels): Promise<Uint8Array<ArrayBuffer>> {
  drawable ??= drawableIn(cardFontRanges());
  return renderCard(cardTree(drawableContent(cardContent(report, labels), drawable), mapGeometry(report)));
}
