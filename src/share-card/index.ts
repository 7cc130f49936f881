/** The share card of a comparison: its words, its drawing, and its cache. */
export { cardAlt, cardContent } from './card-content.ts';
export type { CardContent, CardLabels, CardName } from './card-content.ts';
export { CARD_HEIGHT, CARD_WIDTH } from './card-tree.ts';
export { cachedShareCard } from './cached-card.ts';
export { shareCard } from './share-card.ts';
