import { expect, test } from 'vitest';
import { excerptSegments } from '../../src/data/search-excerpt.ts';

test('splits an excerpt at its marks', () => {
  expect(excerptSegments('Trump said <mark>Ukraine</mark> and <mark>Russia</mark>.')).toEqual([
    { text: 'Trump said ', match: false },
    { text: 'Ukraine', match: true },
    { text: ' and ', match: false },
    { text: 'Russia', match: true },
    { text: '.', match: false },
  ]);
});

test('decodes character references into text, and keeps any other tag as text', () => {
  expect(
    excerptSegments('&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&#8220;talks&#x201D;</mark> <b>x</b> &bogus;'),
  ).toEqual([
    { text: '<script>alert(1)</script> & ', match: false },
    { text: '“talks”', match: true },
    { text: ' <b>x</b> &bogus;', match: false },
  ]);
});

test('gives nothing for an empty excerpt', () => {
  expect(excerptSegments('')).toEqual([]);
});
