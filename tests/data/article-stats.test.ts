import { expect, test } from 'vitest';
import { articleStats, countWords } from '../../src/data/article-stats.ts';

test('counts words block by block, so that adjacent blocks do not merge their words', () => {
  expect(articleStats('## Heading\n\nOne\n').words).toBe(2);
});

test('counts words, paragraphs, headings and list items of a Markdown body', () => {
  const body = '## A heading\n\nOne two, three.\n\n- Item one\n- Item two\n\nA 28-point plan \\*escaped\\*.\n';
  expect(articleStats(body)).toEqual({ words: 14, paragraphs: 2, headings: 1, listItems: 2 });
});

test('counts numbers and contractions as words and punctuation as none', () => {
  // Don’t · believe · it · 28 · points · zero · gratitude
  expect(countWords('Don’t believe it — 28 points, “zero gratitude.”')).toBe(7);
});
