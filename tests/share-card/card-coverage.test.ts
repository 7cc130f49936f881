/**
 * What the card's font can draw: text in a script outside it is left off the card (never drawn as
 * empty boxes), and the scripts it has are really drawn.
 */
import { describe, expect, test } from 'vitest';
import { cardFontRanges } from '../../src/share-card/card-assets.ts';
import type { CardContent } from '../../src/share-card/card-content.ts';
import { drawableContent } from '../../src/share-card/card-content.ts';
import { drawableIn } from '../../src/share-card/card-coverage.ts';
import { cardTree } from '../../src/share-card/card-tree.ts';
import { renderCard } from '../../src/share-card/render-card.ts';
import type { CardNode } from '../../src/share-card/card-node.ts';

const font = drawableIn(cardFontRanges());
const EMPTY_MAP = { length: 1, markedMin: 1, blocks: [], bands: [] };
const content = (from: string, to: string): CardContent => ({
  from: { label: 'Gazette', headline: from },
  to: { label: 'Courier', headline: to },
  similarity: 50,
  summary: 'The rewrite keeps 3 of the original’s 9 sentences.',
});

/** Every string a card's tree shows, in order. */
function texts(tree: CardNode | string): string[] {
  if (typeof tree === 'string') return [tree];
  const { children } = tree.props;
  if (children === undefined) return [];
  return typeof children === 'string' ? [children] : children.flatMap(texts);
}

describe('drawable text', () => {
  test('reads unicode-range lists, single code points and spans alike', () => {
    const drawable = drawableIn(['U+0041-0043,U+0020', 'U+00E9']);
    expect(drawable('ABC CAB')).toBe(true);
    expect(drawable('Abé')).toBe(false);
    expect(drawable('ABé')).toBe(true);
    expect(drawable('')).toBe(true);
    expect(() => drawableIn(['U+0041-'])).toThrow(/Not a Unicode range: "U\+0041-"/u);
  });

  test('the card’s font has Latin, Vietnamese, Greek and Cyrillic, and lacks Arabic, Hebrew and Chinese', () => {
    for (const text of ['Zürich’s “Œuvre” – 5 €', 'Tiếng Việt', 'Ανακοίνωση', 'Москва отвергла'])
      expect(font(text), text).toBe(true);
    for (const text of ['محادثات السلام', 'שיחות שלום', '和平谈判', 'Peace 🕊']) expect(font(text), text).toBe(false);
  });

  test('a text with a directional control is not drawn, as the card cannot show the control', () => {
    expect(font('Peace talks')).toBe(true);
    expect(font('Peace \u202etalks')).toBe(false);
    expect(font('Peace \u2067talks\u2069')).toBe(false);
  });
});

describe('a card with text its font lacks', () => {
  test('leaves that headline off, names the side by its place, and keeps the rest', () => {
    const shown = drawableContent(
      { ...content('Ανακοίνωση για την ειρήνη', 'محادثات السلام'), to: { label: 'الجزيرة', headline: 'محادثات' } },
      font,
    );
    expect(shown.from).toEqual({ label: 'Gazette', headline: 'Ανακοίνωση για την ειρήνη' });
    expect(shown.to).toEqual({ label: 'After', headline: undefined });
    expect(shown.summary).toBe('The rewrite keeps 3 of the original’s 9 sentences.');
    const words = texts(cardTree(shown, EMPTY_MAP));
    expect(words).toContain('After');
    expect(words).toContain('Ανακοίνωση για την ειρήνη');
    // No "(no headline)": the rewrite has one; the card just cannot draw it.
    expect(words).not.toContain('(no headline)');
    expect(words.join(' ')).not.toMatch(/[\u0600-\u06ff]/u);
  });

  test('an empty headline still reads "(no headline)"', () => {
    expect(texts(cardTree(drawableContent(content('', 'Peace'), font), EMPTY_MAP))).toContain('(no headline)');
  });

  test('draws Greek and Cyrillic letters, not one empty box for each', async () => {
    // Headlines of the same length in the same script: drawn as boxes, the two cards would be the same.
    for (const [one, other] of [
      ['αβγ δεζ', 'ηθι κλμ'],
      ['абв где', 'жзи клм'],
    ] as const) {
      const [first, second] = await Promise.all([
        renderCard(cardTree(content(one, 'Peace'), EMPTY_MAP)),
        renderCard(cardTree(content(other, 'Peace'), EMPTY_MAP)),
      ]);
      expect(Buffer.from(first).equals(Buffer.from(second)), `${one} / ${other}`).toBe(false);
    }
  });
});
