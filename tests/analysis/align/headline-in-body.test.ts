/**
 * A file without a headline puts its first paragraph in the headline's place. Such a line (a lede,
 * a byline, a line of a page's script) is aligned with the body, where its counterpart is, and is
 * not forced onto the other side's headline; two lines that read as headlines still pair however
 * much their wording differs.
 */
import { describe, expect, test } from 'vitest';
import { alignUnits } from '../../../src/analysis/align/align-units.ts';
import { readsAsHeadline } from '../../../src/analysis/units/reads-as-headline.ts';
import type { ComparableDocument } from '../../../src/analysis/units/units.ts';
import { documentUnits } from '../../../src/analysis/units/units.ts';

const LEDE =
  'HARBOURTOWN — Fishing crews in the northern bay landed the smallest cod catch in forty years this season, the regional fisheries board said on Thursday, blaming warmer water and years of overfishing.';
const SECOND = 'The board will publish new quotas for the coming season next month.';
const THIRD = 'Crews said the cuts would force several family boats to stop fishing for good.';

/** The groups of two documents as "from>to" strings of unit ids. */
function pairs(from: ComparableDocument, to: ComparableDocument): string[] {
  return alignUnits(documentUnits(from), documentUnits(to)).groups.map(
    (group) => `${group.from.join(',')}>${group.to.join(',')}`,
  );
}

const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));

describe('readsAsHeadline', () => {
  test('is true for a headline and false for a lede, a byline and a line of script', () => {
    expect(readsAsHeadline('Smallest cod catch in forty years as the bay warms')).toBe(true);
    expect(readsAsHeadline('Who pays for the harbour? Crews ask the board')).toBe(true);
    expect(readsAsHeadline(LEDE)).toBe(false);
    expect(readsAsHeadline('By Mara Lindqvist')).toBe(false);
    expect(readsAsHeadline("slotCreate('news-video-slot');")).toBe(false);
  });
});

describe('a first line that stands as a headline without reading as one', () => {
  test('a byline in the headline place stays alone, and the lede pairs with the lede', () => {
    const from = { headline: 'By Mara Lindqvist', body: paragraphs(LEDE, SECOND, THIRD) };
    // The rewrite has no headline either: its lede came first.
    const to = { headline: LEDE.replace('HARBOURTOWN — ', ''), body: paragraphs(SECOND, THIRD) };
    expect(pairs(from, to)).toEqual(['u1>u0', 'u2>u1', 'u3>u2']);
  });

  test('a lede in the headline place pairs with its counterpart in the body, not with the other headline', () => {
    const from = { headline: LEDE, body: paragraphs(SECOND, THIRD) };
    const to = {
      headline: 'Bay fishing crews face ruin',
      body: paragraphs(
        'Fishing crews in the northern bay landed the smallest cod catch in forty years, the regional fisheries board said.',
        SECOND,
        THIRD,
      ),
    };
    expect(pairs(from, to)).toEqual(['u0>u1', 'u1>u2', 'u2>u3']);
  });

  test('two headlines pair however different their words', () => {
    const from = { headline: 'Smallest cod catch in forty years', body: paragraphs(SECOND, THIRD) };
    const to = { headline: 'Bay fishing crews face ruin', body: paragraphs(SECOND, THIRD) };
    expect(pairs(from, to)).toEqual(['u0>u0', 'u1>u1', 'u2>u2']);
  });
});
