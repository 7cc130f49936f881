/**
 * A comparison's share card, from its report to PNG bytes: the words (card-content.ts), the map's
 * geometry (the page's own, map-geometry.ts), the layout (card-tree.ts), the drawing (render-card.ts).
 */
import type { Report } from '../analysis/index.ts';
import { mapGeometry } from '../data/alignment-map/map-geometry.ts';
import type { CardLabels } from './card-content.ts';
import { cardContent } from './card-content.ts';
import { cardTree } from './card-tree.ts';
import { renderCard } from './render-card.ts';

/** The PNG of the share card of a report of two versions with the given labels. */
export function shareCard(report: Report, labels: CardLabels): Promise<Uint8Array<ArrayBuffer>> {
  return renderCard(cardTree(cardContent(report, labels), mapGeometry(report)));
}
