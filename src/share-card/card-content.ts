/**
 * What a share card says, taken from a report: both versions' headlines under their labels, the
 * similarity as a whole percentage, and the first sentence of the summary. Plain data, so the
 * card's text can be tested without drawing it.
 */
import type { Report } from '../analysis/index.ts';
import type { Drawable } from './card-coverage.ts';

/**
 * One side of the card: a version's label, its slug (what the card says instead of a label it
 * cannot draw), and its headline (empty when it has none, undefined when it has one the card
 * cannot draw).
 */
export interface CardSide {
  readonly label: string;
  readonly slug: string;
  readonly headline: string | undefined;
}

/** The words on a share card. */
export interface CardContent {
  readonly from: CardSide;
  readonly to: CardSide;
  /** The report's similarity, 0-100. */
  readonly similarity: number;
  /** The summary's first sentence, or empty when the summary has none. */
  readonly summary: string;
}

/** How the site names a version: its label, and its slug (ASCII letters, digits and hyphens). */
export interface CardName {
  readonly label: string;
  readonly slug: string;
}

/** The names of the two versions compared. */
export interface CardLabels {
  readonly from: CardName;
  readonly to: CardName;
}

/** The card's words for a report of two versions with the given labels. */
export function cardContent(report: Report, labels: CardLabels): CardContent {
  return {
    from: { ...labels.from, headline: headlineOf(report.from.units) },
    to: { ...labels.to, headline: headlineOf(report.to.units) },
    similarity: Math.round(report.stats.similarity * 100),
    summary: report.summary.sentences[0] ?? '',
  };
}

/**
 * The content with each text the card's font cannot draw left off: a headline is not shown, a
 * label gives way to the version's slug (as its page's address names it), the summary is left
 * out. Nothing is drawn as empty boxes, and nothing is cut or altered to fit the font.
 */
export function drawableContent(content: CardContent, drawable: Drawable): CardContent {
  const side = (version: CardSide): CardSide => ({
    ...version,
    label: drawable(version.label) ? version.label : version.slug,
    headline: version.headline !== undefined && drawable(version.headline) ? version.headline : undefined,
  });
  return {
    ...content,
    from: side(content.from),
    to: side(content.to),
    summary: drawable(content.summary) ? content.summary : '',
  };
}

/** Every text a card shows. */
export function contentTexts(content: CardContent): string[] {
  return [content.from, content.to].flatMap((side) => [side.label, side.headline ?? '']).concat(content.summary);
}

/**
 * The content in Unicode's composed form (NFC): the same text to a reader, with an accent and
 * its letter as one character where the fonts have it so.
 */
export function composedContent(content: CardContent): CardContent {
  const side = (version: CardSide): CardSide => ({
    ...version,
    label: version.label.normalize('NFC'),
    headline: version.headline?.normalize('NFC'),
  });
  return { ...content, from: side(content.from), to: side(content.to), summary: content.summary.normalize('NFC') };
}

/** The one-line description of a card for readers who cannot see it (og:image:alt). */
export function cardAlt(content: CardContent): string {
  const summary = content.summary === '' ? '' : ` ${content.summary}`;
  return `${content.from.label} and ${content.to.label} compared: ${content.similarity}% similar.${summary}`;
}

function headlineOf(units: Report['from']['units']): string {
  return units.find((unit) => unit.kind === 'headline')?.text ?? '';
}
