/** Search excerpts cut from Pagefind's indexed text: exactly the article's characters, the matches marked. */
import { expect, test } from 'vitest';
import { excerptSegments } from '../../src/data/search-excerpt.ts';

/** A result as Pagefind gives it: `raw_content` is the text with only `<` and `>` escaped. */
const result = (content: string, locations: readonly number[], wordCount?: number) => ({
  content: content.replaceAll('\u200b', ''),
  raw_content: content.replaceAll('<', '&lt;').replaceAll('>', '&gt;'),
  locations,
  ...(wordCount === undefined ? {} : { word_count: wordCount }),
});

test('marks the matched words', () => {
  expect(excerptSegments(result('Trump said Ukraine and Russia.', [2, 4]))).toEqual([
    { text: 'Trump said ', match: false },
    { text: 'Ukraine', match: true },
    { text: ' and ', match: false },
    { text: 'Russia.', match: true },
  ]);
});

test('shows exactly the article’s characters: its own “&lt;b&gt;” stays, its “<b>” is a “<b>”', () => {
  const text = 'A line &lt;b&gt; and <b>x</b> & &amp; &#8220;talks&#x201D; <mark>';
  const segments = excerptSegments(result(text, [1]));
  expect(segments.map((segment) => segment.text).join('')).toBe(text);
  expect(segments[1]).toEqual({ text: 'line', match: true });
});

test('keeps the words of a text Pagefind divided at zero-width spaces together', () => {
  expect(excerptSegments(result('東京\u200bで\u200b会談', [2], 3))).toEqual([
    { text: '東京で', match: false },
    { text: '会談', match: true },
  ]);
});

test('keeps an English article’s own zero-width space and no-break space, and finds its matches', () => {
  const words = Array.from({ length: 60 }, (_, index) => `w${index}`);
  const text = `${words.slice(0, 3).join(' ')}\u200b${words.slice(3, 10).join(' ')} 10\u00a0000 ${words.slice(10).join(' ')}`;
  // Counted at white space: w2\u200bw3 is one word, 10\u00a0000 two.
  const count = 59 + 2;
  const segments = excerptSegments(result(text, [40], count));
  expect(segments.find((segment) => segment.match)).toEqual({ text: 'w39', match: true });
  const shown = segments.map((segment) => segment.text).join('');
  expect(text).toContain(shown);
  expect(shown.split(/\s+/u)).toHaveLength(30);
  const start = excerptSegments(result(text, [1], count))
    .map((segment) => segment.text)
    .join('');
  expect(start).toContain('w2\u200bw3');
  expect(start).toContain('10\u00a0000');
});

test('shows thirty words from a few before the densest matches', () => {
  const words = Array.from({ length: 100 }, (_, index) => `w${index}`);
  const segments = excerptSegments(result(words.join(' '), [10, 60, 62]));
  const shown = segments.map((segment) => segment.text).join('');
  expect(shown).toBe(words.slice(55, 85).join(' '));
  expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['w60', 'w62']);
});

test('gives nothing for an empty text', () => {
  expect(excerptSegments(result('', []))).toEqual([]);
});
