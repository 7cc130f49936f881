/**
 * What stands in the headline's place: a file without a headline puts its first paragraph there (a
 * lede, a byline, a line of a page's script). The comparison reads such a line as body text: it
 * pairs with its counterpart in the body, and neither the findings nor the summary speak of it as
 * a headline or misplace the lede. Two lines that read as headlines still pair however much their
 * words differ.
 */
import { describe, expect, test } from 'vitest';
import { compareDocuments } from '../../../src/analysis/index.ts';
import type { Report } from '../../../src/analysis/index.ts';
import { readsAsHeadline } from '../../../src/analysis/units/reads-as-headline.ts';
import type { ComparableDocument } from '../../../src/analysis/units/units.ts';

const LEDE =
  'HARBOURTOWN — Fishing crews in the northern bay landed the smallest cod catch in forty years this season, the regional fisheries board said on Thursday, blaming warmer water and years of overfishing.';
const SECOND = 'The board will publish new quotas for the coming season next month.';
const THIRD = 'Crews said the cuts would force several family boats to stop fishing for good.';
const HEADLINE = 'Smallest cod catch in forty years';

const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));

/** A report's groups as "original text > rewrite text" lines, and everything a reader is told. */
function read(from: ComparableDocument, to: ComparableDocument) {
  const report: Report = compareDocuments(from, to);
  const text = (side: 'from' | 'to', id: string) => report[side].units.find((unit) => unit.id === id)!.text;
  return {
    pairs: report.groups.map(
      (group) =>
        `${group.from.map((id) => text('from', id)).join(' + ')} > ${group.to.map((id) => text('to', id)).join(' + ')}`,
    ),
    told: [...report.summary.sentences, ...report.findings.map((finding) => finding.explanation)].join('\n'),
  };
}

describe('readsAsHeadline', () => {
  test('is true for a headline and false for a lede, a byline and a line of script', () => {
    expect(readsAsHeadline(HEADLINE)).toBe(true);
    expect(readsAsHeadline('Who pays for the harbour? Crews ask the board')).toBe(true);
    expect(readsAsHeadline(LEDE)).toBe(false);
    expect(readsAsHeadline('By Mara Lindqvist')).toBe(false);
    expect(readsAsHeadline("slotCreate('news-video-slot');")).toBe(false);
  });

  test('takes up to 25 words as a headline', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
    expect(readsAsHeadline(words(25))).toBe(true);
    expect(readsAsHeadline(words(26))).toBe(false);
  });
});

describe('a first line that stands as a headline without reading as one', () => {
  test('a byline there stays alone, the ledes pair, and the lede is not said to be gone', () => {
    const from = { headline: 'By Mara Lindqvist', body: paragraphs(LEDE, SECOND, THIRD) };
    // The rewrite has no headline either: its lede came first.
    const to = { headline: LEDE.replace('HARBOURTOWN — ', ''), body: paragraphs(SECOND, THIRD) };
    const { pairs, told } = read(from, to);
    expect(pairs).toEqual([`${LEDE} > ${to.headline}`, `${SECOND} > ${SECOND}`, `${THIRD} > ${THIRD}`]);
    expect(told).not.toMatch(/lede is not in the rewrite/u);
    expect(told).not.toMatch(/into its lead/u);
    expect(told).not.toMatch(/headline/u);
  });

  test('a lede there pairs with its counterpart in the body, not with the other headline', () => {
    const from = { headline: LEDE, body: paragraphs(SECOND, THIRD) };
    const rewordedLede =
      'Fishing crews in the northern bay landed the smallest cod catch in forty years, the regional fisheries board said.';
    const to = { headline: 'Bay fishing crews face ruin', body: paragraphs(rewordedLede, SECOND, THIRD) };
    const { pairs } = read(from, to);
    expect(pairs).toContain(`${LEDE} > ${rewordedLede}`);
    expect(pairs.some((pair) => pair.endsWith('> Bay fishing crews face ruin'))).toBe(false);
  });

  test('a real headline facing a lede stays a headline, and the ledes pair', () => {
    const from = { headline: LEDE, body: paragraphs(SECOND, THIRD) };
    const to = { headline: HEADLINE, body: paragraphs(LEDE.replace('HARBOURTOWN — ', ''), SECOND, THIRD) };
    const report = compareDocuments(from, to);
    expect(report.findings.map((finding) => finding.change)).toContain('headline added');
    expect(read(from, to).pairs).toContain(`${LEDE} > ${LEDE.replace('HARBOURTOWN — ', '')}`);
  });

  test('two headlines pair however different their words', () => {
    const from = { headline: HEADLINE, body: paragraphs(SECOND, THIRD) };
    const to = { headline: 'Bay fishing crews face ruin', body: paragraphs(SECOND, THIRD) };
    expect(read(from, to).pairs).toEqual([
      `${HEADLINE} > Bay fishing crews face ruin`,
      `${SECOND} > ${SECOND}`,
      `${THIRD} > ${THIRD}`,
    ]);
  });
});
