/**
 * A comparison's share card, from its report to PNG bytes: the words (card-content.ts, less any
 * the font cannot draw: card-coverage.ts), the map's geometry (the page's own, map-geometry.ts),
 * the layout (card-tree.ts), the drawing (render-card.ts).
 */
import type { Report } from '../analysis/index.ts';
import type { MapGeometry } from '../data/alignment-map/map-geometry.ts';
import { mapGeometry } from '../data/alignment-map/map-geometry.ts';
import type { CardContent, CardLabels } from './card-content.ts';
import { cardContent, drawableContent } from './card-content.ts';
import { drawableWithout, missingCharacters } from './card-coverage.ts';
import { cardTree } from './card-tree.ts';
import { layoutCard, rasterise } from './render-card.ts';

/** The PNG of the share card of a report of two versions with the given labels. */
export function shareCard(report: Report, labels: CardLabels): Promise<Uint8Array<ArrayBuffer>> {
  return drawCard(cardContent(report, labels), mapGeometry(report));
}

/**
 * The PNG of a card's content beside a map. Laid out once; only when the fonts lack a character
 * of it is it laid out again without the text that holds one.
 */
export async function drawCard(content: CardContent, geometry: MapGeometry): Promise<Uint8Array<ArrayBuffer>> {
  const first = drawableContent(content, drawableWithout(new Set()));
  let layout = await layoutCard(cardTree(first, geometry));
  if (layout.missing.length > 0) {
    const shown = drawableContent(first, drawableWithout(missingCharacters(layout.missing)));
    layout = await layoutCard(cardTree(shown, geometry));
  }
  return rasterise(layout.svg);
}
