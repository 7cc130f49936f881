/**
 * A comparison's share card, from its report to PNG bytes: the words (card-content.ts, less any
 * the font cannot draw: card-coverage.ts), the map's geometry (the page's own, map-geometry.ts),
 * the layout (card-tree.ts), the drawing (render-card.ts).
 */
import type { Report } from '../analysis/index.ts';
import type { MapGeometry } from '../data/alignment-map/map-geometry.ts';
import { mapGeometry } from '../data/alignment-map/map-geometry.ts';
import type { CardContent, CardLabels } from './card-content.ts';
import { cardContent, composedContent, contentTexts, drawableContent } from './card-content.ts';
import { combiningMarks, drawableWithout, missingGraphemes, missingMarks, NOTHING_MISSING } from './card-coverage.ts';
import { CARD_FONT_FAMILY } from './card-font-family.ts';
import type { CardNode } from './card-node.ts';
import { node } from './card-node.ts';
import { cardTree } from './card-tree.ts';
import { layoutCard, rasterise } from './render-card.ts';

/** The PNG of the share card of a report of two versions with the given labels. */
export function shareCard(report: Report, labels: CardLabels): Promise<Uint8Array<ArrayBuffer>> {
  return drawCard(cardContent(report, labels), mapGeometry(report));
}

/**
 * The PNG of a card's content beside a map. Laid out once; only when the fonts lack something of
 * it is it laid out again without the text that holds it.
 */
export async function drawCard(content: CardContent, geometry: MapGeometry): Promise<Uint8Array<ArrayBuffer>> {
  const first = drawableContent(composedContent(content), drawableWithout(NOTHING_MISSING));
  const marks = combiningMarks(contentTexts(first));
  let layout = await layoutCard(cardTree(first, geometry));
  const missing = {
    graphemes: missingGraphemes(layout.missing),
    marks: marks.length === 0 ? new Set<string>() : missingMarks((await layoutCard(markProbe(marks))).missing),
  };
  if (missing.graphemes.size > 0 || missing.marks.size > 0) {
    layout = await layoutCard(cardTree(drawableContent(first, drawableWithout(missing)), geometry));
  }
  return rasterise(layout.svg);
}

/**
 * Each combining mark alone in an element of its own, in both weights of the card's font: so
 * laid out, satori looks each mark up in the fonts and reports those it does not find.
 */
function markProbe(marks: readonly string[]): CardNode {
  const weights = [400, 600].flatMap((fontWeight) =>
    marks.map((mark) => node('div', { display: 'flex', fontWeight }, mark)),
  );
  return node('div', { display: 'flex', fontFamily: CARD_FONT_FAMILY }, weights);
}
