/**
 * The share card's layout, 1200 × 630 (the size link previews ask for): the two versions'
 * headlines under their labels on the left, the similarity and the summary's first sentence below
 * them, the map in miniature on the right. Long text is shortened here, so that no headline can
 * push the rest off the card.
 */
import type { MapGeometry } from '../data/alignment-map/map-geometry.ts';
import { CARD_FONT_FAMILY } from './card-font-family.ts';
import type { CardContent, CardSide } from './card-content.ts';
import { cardMap } from './card-map.ts';
import type { CardNode, CardStyle } from './card-node.ts';
import { node } from './card-node.ts';
import { CARD_PALETTE } from './card-palette.ts';

/** The card's size in pixels. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const PADDING = 56;
const BORDER = 12;
const GUTTER = 48;
/** The height inside the padding, below the top border. */
const INNER_HEIGHT = CARD_HEIGHT - BORDER - 2 * PADDING;
const MAP = { width: 220, height: INNER_HEIGHT - 36 };
/** What is left of the width for the words, beside the map. */
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING - MAP.width - GUTTER;
/** The most characters of a headline and of the summary sentence: about what their lines hold. */
const HEADLINE_CHARS = 90;
const SUMMARY_CHARS = 170;
/** The most lines of each, which the layout leaves room for whatever the characters' widths. */
const HEADLINE_LINES = 2;
const SUMMARY_LINES = 3;

/** The card's element tree. */
export function cardTree(content: CardContent, geometry: MapGeometry): CardNode {
  return node(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      padding: PADDING,
      backgroundColor: CARD_PALETTE.paper,
      color: CARD_PALETTE.ink,
      paddingTop: PADDING + BORDER,
      fontFamily: CARD_FONT_FAMILY,
      // A word longer than its line breaks rather than running out of its box.
      wordBreak: 'break-word',
    },
    [
      // The accent rule along the top edge, as a plain rectangle: a CSS border or overflow
      // clipping becomes an SVG mask, which takes resvg as long as the rest of the card.
      node('div', {
        position: 'absolute',
        top: 0,
        left: 0,
        width: CARD_WIDTH,
        height: BORDER,
        backgroundColor: CARD_PALETTE.accent,
      }),
      node(
        'div',
        { display: 'flex', flexDirection: 'column', width: TEXT_WIDTH, height: INNER_HEIGHT, marginRight: GUTTER },
        [
          node('div', { display: 'flex', fontSize: 22, fontWeight: 600, color: CARD_PALETTE.muted }, 'Reworded'),
          side(content.from, CARD_PALETTE.removedRule),
          side(content.to, CARD_PALETTE.addedRule),
          node('div', { display: 'flex', flexGrow: 1 }),
          node('div', { display: 'flex', alignItems: 'baseline', gap: 16 }, [
            node(
              'div',
              { display: 'flex', fontSize: 52, fontWeight: 600, color: CARD_PALETTE.accent },
              `${content.similarity}%`,
            ),
            node('div', { display: 'flex', fontSize: 24, color: CARD_PALETTE.muted }, 'similar'),
          ]),
          node(
            'div',
            { ...clamped(SUMMARY_LINES), marginTop: 4, fontSize: 24, lineHeight: 1.35 },
            shorten(content.summary, SUMMARY_CHARS),
          ),
        ],
      ),
      node('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', flexShrink: 0, width: MAP.width }, [
        node(
          'div',
          {
            display: 'flex',
            justifyContent: 'space-between',
            width: MAP.width,
            marginBottom: 10,
            fontSize: 20,
            color: CARD_PALETTE.muted,
          },
          [node('div', { display: 'flex' }, 'before'), node('div', { display: 'flex' }, 'after')],
        ),
        cardMap(geometry, MAP),
      ]),
    ],
  );
}

/** A version's label above its headline, with a rule in its side's colour. */
function side(version: CardSide, rule: string): CardNode {
  return node('div', { display: 'flex', marginTop: 24 }, [
    node('div', { display: 'flex', width: 6, flexShrink: 0, marginRight: 20, backgroundColor: rule }),
    node('div', { display: 'flex', flexDirection: 'column' }, [
      node('div', { ...clamped(1), fontSize: 20, color: CARD_PALETTE.muted }, shorten(version.label, 60)),
      // A headline the font cannot draw is left off; the label stands alone.
      ...(version.headline === undefined
        ? []
        : [
            node(
              'div',
              { ...clamped(HEADLINE_LINES), marginTop: 4, fontSize: 30, fontWeight: 600, lineHeight: 1.2 },
              shorten(version.headline === '' ? '(no headline)' : version.headline, HEADLINE_CHARS),
            ),
          ]),
    ]),
  ]);
}

/**
 * A text box held to at most `lines` lines, the last ending in an ellipsis when text is left out.
 * Each such box costs an SVG mask to draw, so only the boxes of article text have one.
 */
function clamped(lines: number): CardStyle {
  return { display: 'block', lineClamp: lines };
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The text cut at a word before `most` characters, with an ellipsis, when it is longer. */
export function shorten(text: string, most: number): string {
  // By grapheme, so that a letter is never parted from its accent ("e" and a combining acute).
  const chars = Array.from(GRAPHEMES.segment(text.trim()), (part) => part.segment);
  if (chars.length <= most) return chars.join('');
  const cut = chars.slice(0, most - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > most / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
