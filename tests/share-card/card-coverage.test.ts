/**
 * What the card can draw: text holding a character none of its fonts has is left off the card
 * (never drawn as empty boxes), and the scripts the fonts have are really drawn.
 */
import { describe, expect, test } from 'vitest';
import type { CardContent } from '../../src/share-card/card-content.ts';
import { drawableContent } from '../../src/share-card/card-content.ts';
import {
  drawableWithout,
  missingGraphemes,
  missingMarks,
  NOTHING_MISSING,
} from '../../src/share-card/card-coverage.ts';
import type { CardNode } from '../../src/share-card/card-node.ts';
import { cardTree } from '../../src/share-card/card-tree.ts';
import { drawCard } from '../../src/share-card/share-card.ts';

const EMPTY_MAP = { length: 1, markedMin: 1, blocks: [], bands: [] };
const content = (from: string | undefined, to: string | undefined, labels = ['Gazette', 'Courier']): CardContent => ({
  from: { label: labels[0]!, slug: 'gazette', headline: from },
  to: { label: labels[1]!, slug: 'courier', headline: to },
  similarity: 50,
  summary: 'The rewrite keeps 3 of the original’s 9 sentences.',
});
const same = (one: Uint8Array, other: Uint8Array) => Buffer.from(one).equals(Buffer.from(other));

/** Every string a card's tree shows, in order. */
function texts(tree: CardNode | string): string[] {
  if (typeof tree === 'string') return [tree];
  const { children } = tree.props;
  if (children === undefined) return [];
  return typeof children === 'string' ? [children] : children.flatMap(texts);
}

describe('drawable text', () => {
  test('is text with none of the graphemes the fonts lack', () => {
    const drawable = drawableWithout({ graphemes: new Set(['‰', 'ж']), marks: new Set() });
    expect(drawable('5 % more')).toBe(true);
    expect(drawable('5 ‰ more')).toBe(false);
    expect(drawable('жар')).toBe(false);
    expect(drawable('')).toBe(true);
  });

  test('is text whose graphemes are missing whole, not by their first character', () => {
    // A keycap is missing as a whole; the digit it starts with is not.
    const drawable = drawableWithout({ graphemes: missingGraphemes(['1\ufe0f\u20e3']), marks: new Set() });
    expect(drawable('Day 1 of the talks')).toBe(true);
    expect(drawable('Top 1\ufe0f\u20e3 story')).toBe(false);
  });

  test('is text without a combining mark the fonts lack, whatever letter it sits on', () => {
    const drawable = drawableWithout({ graphemes: new Set(), marks: missingMarks(['\u0327']) });
    expect(drawable('Majro m\u0327 Ebon')).toBe(false);
    expect(drawable('Majro m Ebon')).toBe(true);
  });

  test('never has a control character, a line separator or a directional control', () => {
    const drawable = drawableWithout(NOTHING_MISSING);
    expect(drawable('Peace talks')).toBe(true);
    for (const text of ['Peace\u0007talks', 'Peace\u2028talks', 'Peace \u202etalks', 'Peace \u2067talks\u2069'])
      expect(drawable(text), JSON.stringify(text)).toBe(false);
  });

  test('counts every grapheme of a missing run but its spaces', () => {
    expect([...missingGraphemes(['‰‡', '\u0007 ', '1\ufe0f\u20e3'])].sort()).toEqual(
      ['\u0007', '‡', '‰', '1\ufe0f\u20e3'].sort(),
    );
  });
});

describe('a card’s text', () => {
  test('leaves an undrawable headline off, puts the slug for an undrawable label, and keeps the rest', () => {
    const shown = drawableContent(
      content('Ανακοίνωση', 'محادثات', ['Gazette', 'الجزيرة']),
      drawableWithout({ graphemes: missingGraphemes(['محادثات الجزيرة']), marks: new Set() }),
    );
    expect(shown.from).toEqual({ label: 'Gazette', slug: 'gazette', headline: 'Ανακοίνωση' });
    expect(shown.to).toEqual({ label: 'courier', slug: 'courier', headline: undefined });
    expect(shown.summary).toBe('The rewrite keeps 3 of the original’s 9 sentences.');
    const words = texts(cardTree(shown, EMPTY_MAP));
    expect(words).toContain('courier');
    // No "(no headline)": the rewrite has one; the card just cannot draw it.
    expect(words).not.toContain('(no headline)');
  });

  test('an empty headline still reads "(no headline)"', () => {
    expect(texts(cardTree(content('', 'Peace'), EMPTY_MAP))).toContain('(no headline)');
  });
});

describe('drawing a card', () => {
  test('leaves off a headline with a character the fonts lack, as if it had none to draw', async () => {
    // U+2011, the non-breaking hyphen of "COVID‑19": in a range the font's Latin subset
    // declares, yet not in the font.
    // A keycap, whose digit (as in the summary) the fonts have; a cedilla under m, which no
    // letter of the fonts has.
    for (const headline of [
      'COVID\u201119 rules end',
      'Peace talks 和平谈判',
      'Costs up 5‰',
      'Top 3\ufe0f\u20e3 story',
      'Majro m\u0327 Ebon',
    ]) {
      const [drawn, without] = await Promise.all([
        drawCard(content('Peace talks', headline), EMPTY_MAP),
        drawCard(content('Peace talks', undefined), EMPTY_MAP),
      ]);
      expect(same(drawn, without), headline).toBe(true);
    }
  });

  test('names a version by its slug when its label has a character the fonts lack', async () => {
    const [drawn, bySlug] = await Promise.all([
      drawCard(content('Peace', 'Talks', ['Gazette', 'الجزيرة']), EMPTY_MAP),
      drawCard(content('Peace', 'Talks', ['Gazette', 'courier']), EMPTY_MAP),
    ]);
    expect(same(drawn, bySlug)).toBe(true);
  });

  test('draws Greek, Cyrillic and decomposed Vietnamese, not one empty box for each letter', async () => {
    const blank = await drawCard(content(undefined, 'Peace'), EMPTY_MAP);
    // Headlines of the same length in one script: drawn as boxes, the two cards would be the same.
    for (const [one, other] of [
      ['αβγ δεζ', 'ηθι κλμ'],
      ['абв где', 'жзи клм'],
      // Decomposed: a letter and its accents as separate characters, which the fonts compose.
      ['Vie\u0323\u0302t', 'Vie\u0302\u0301t'],
    ] as const) {
      const [first, second] = await Promise.all([
        drawCard(content(one, 'Peace'), EMPTY_MAP),
        drawCard(content(other, 'Peace'), EMPTY_MAP),
      ]);
      expect(same(first, second), `${one} / ${other}`).toBe(false);
      expect(same(first, blank), one).toBe(false);
    }
  });
});
