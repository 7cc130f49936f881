/**
 * The share card's colours: the site's light palette (src/styles/palette.css), since a card is
 * an image and cannot follow a reader's colour scheme. Kept in step with that file by hand.
 */

export const CARD_PALETTE = {
  paper: '#fbf8f3',
  ink: '#1d1b18',
  muted: '#5c564d',
  rule: '#e4ddd1',
  accent: '#1f4f82',
  removedBg: '#fde4e1',
  removedRule: '#d9857c',
  addedBg: '#d3e6f5',
  addedRule: '#6f9fc9',
} as const;
