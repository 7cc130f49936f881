/**
 * Inputs at the documented limits go through ingest and the analysis and come out whole: a
 * megabyte on one line with no sentence end, ten thousand paragraphs, and thousands of short
 * quotations. (How long they take is the benchmark's business, not a test's; a generous timeout
 * only stops a step that grows with the square of the input, which ran for minutes or out of
 * memory.)
 */
import { describe, expect, test } from 'vitest';
import { compareDocuments, unitsText } from '../../src/analysis/index.ts';
import { comparableDocument, parsePlainTextArticle } from '../../src/ingest/index.ts';
import { rebuiltText } from '../support/rebuilt-text.ts';

const WORDS = 'the talks in geneva ended without a deal and both sides said more time was needed'.split(' ');

const read = (text: string) => comparableDocument(parsePlainTextArticle(text, 'a.txt').document);

describe('at the limits', () => {
  test('a megabyte on one line, no sentence end, against a reordering of it: one group, both texts whole', () => {
    const words: string[] = [];
    for (let length = 0; length < 1_000_000; length += words.at(-1)!.length + 1)
      words.push(WORDS[words.length % WORDS.length]!);
    const original = `Headline\n\n${words.join(' ')}`;
    const rewrite = `Headline\n\n${[...words].reverse().join(' ')}`;
    const report = compareDocuments(read(original), read(rewrite));
    expect(report.from.units.map((unit) => unit.kind)).toEqual(['headline', 'sentence']);
    expect(report.groups.map((group) => group.op)).toEqual(['unchanged', 'edited']);
    for (const side of ['from', 'to'] as const) expect(rebuiltText(report, side)).toBe(unitsText(report[side].units));
  });

  test('ten thousand paragraphs, each reworded: each its own group', () => {
    const paragraphs = (noun: string) =>
      Array.from({ length: 10_000 }, (_, index) => `Paragraph ${index} says the ${noun} in Geneva ended.`);
    const report = compareDocuments(
      read(`Headline\n\n${paragraphs('talks').join('\n\n')}`),
      read(`Headline\n\n${paragraphs('negotiations').join('\n\n')}`),
    );
    expect(report.groups).toHaveLength(10_001);
    expect(report.dropped).toEqual([]);
    expect(report.groups.filter((group) => group.op === 'edited')).toHaveLength(10_000);
  });

  test('three thousand short quotations a side, each reworded: each judged once', () => {
    // Words shared widely between quotations, so that many pairs could be the same quotation.
    const word = (index: number, place: number) =>
      `${WORDS[(index * 7 + place * 3) % WORDS.length]}${(index * 31 + place) % 97}`;
    const quotations = (order: readonly number[], speaker: string) =>
      Array.from(
        { length: 3_000 },
        (_, index) => `“${order.map((place) => word(index, place)).join(' ')},” ${speaker} said.`,
      );
    const report = compareDocuments(
      read(`Headline\n\n${quotations([0, 1, 2], 'he').join('\n\n')}`),
      read(`Headline\n\n${quotations([0, 2, 1], 'she').join('\n\n')}`),
    );
    expect(report.fates.quotations).toHaveLength(3_000);
    expect(new Set(report.fates.quotations.map((fate) => fate.fate))).toEqual(new Set(['altered']));
  }, 30_000);

  test('eight thousand people whose names begin alike: each name followed once', () => {
    // "Mariabcson", "Mariacdson"…: names that share their first letters but are no forms of each other.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const name = (index: number) =>
      `Mari${[index % 26, Math.floor(index / 26) % 26, Math.floor(index / 676) % 26].map((at) => letters[at]).join('')}son`;
    const people = (shift: number) =>
      Array.from({ length: 8_000 }, (_, index) => `Officials met ${name(index + shift)} in Geneva.`);
    const report = compareDocuments(
      read(`Headline\n\n${people(0).join('\n\n')}`),
      read(`Headline\n\n${people(1).join('\n\n')}`),
    );
    const people0 = report.fates.names.filter((fate) => fate.name.startsWith('Mari'));
    expect(people0.map((fate) => fate.fate)).toEqual(['dropped', ...Array<string>(7_999).fill('kept'), 'added']);
  }, 40_000);
});
