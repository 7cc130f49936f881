/**
 * The card's font, Source Serif 4, by subset: each subset loaded as a family of its own, since
 * satori keeps one face per family, weight and style, so subsets under one name would hide all
 * but the first. The card's font-family lists them all, Latin first.
 */

/** Every subset the family has: Latin and its extensions, Vietnamese, Greek and Cyrillic. */
export const SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'cyrillic', 'cyrillic-ext'] as const;

/** The family name a subset is loaded under. */
export function cardFontName(subset: (typeof SUBSETS)[number]): string {
  return `Source Serif 4 ${subset}`;
}

/** The card's font-family list. */
export const CARD_FONT_FAMILY = SUBSETS.map(cardFontName).join(', ');
