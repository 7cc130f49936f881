/**
 * What a comparison page tells link previews about its share card: where it is, its size, and a
 * description for readers who cannot see it. The card itself is drawn by its own route
 * (src/pages/stories/[story]/compare/[from]/[to].png.ts).
 */
import type { Report } from '../analysis/index.ts';
import { cardAlt, cardContent } from '../share-card/card-content.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../share-card/card-tree.ts';
import { cardLabels } from './card-labels.ts';
import type { Story, VersionEntry } from './assemble-stories.ts';
import { cardPath } from './comparison-addresses.ts';

/** A page's share card as its head names it. */
export interface ShareImage {
  readonly path: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** The share card of the comparison of `from` with `to`, whose report is given. */
export function shareImage(
  story: Story<unknown>,
  from: VersionEntry<unknown>,
  to: VersionEntry<unknown>,
  report: Report,
): ShareImage {
  return {
    path: cardPath(story, from.data.version, to.data.version),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: cardAlt(cardContent(report, cardLabels(from, to))),
  };
}
