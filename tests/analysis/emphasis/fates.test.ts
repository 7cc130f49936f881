/**
 * The fates of quotations, names and figures, each on a small pair of its own: a quotation kept,
 * trimmed, dropped or stitched to another; a name kept, said by its last word only, dropped or new;
 * a figure kept, changed, dropped or new; and the dates that are not names.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, Report } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';

const doc = (paragraphs: readonly string[]): ComparableDocument => ({
  body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
});
const fates = (from: readonly string[], to: readonly string[]): Report['fates'] =>
  compareDocuments(doc(from), doc(to)).fates;

describe('the fate of each quotation', () => {
  const from = [
    'The lighthouse keeper retired after forty years at the point.',
    '“I counted every storm from that window,” Edda Voss said at her farewell.',
    'She thanked the volunteers. “They carried the lamp oil up the cliff path every single week,” she said.',
    'Her successor has not been named. “We are still looking,” a trust spokesman said.',
  ];

  test('kept, trimmed and dropped, each recorded once with where it stands on each side', () => {
    const recorded = fates(from, [
      'The lighthouse keeper retired after forty years at the point.',
      '“I counted every storm from that window,” Edda Voss said at her farewell.',
      'She thanked the volunteers. “They carried the lamp oil up the cliff path,” she said.',
    ]).quotations;
    expect(recorded.map(({ text, fate }) => `${fate}: ${text}`)).toEqual([
      'kept: I counted every storm from that window',
      'trimmed: They carried the lamp oil up the cliff path every single week',
      'dropped: We are still looking',
    ]);
    const [kept, trimmed, dropped] = recorded;
    expect(kept!.from).toEqual({ units: ['u1'], spans: [{ unit: 'u1', start: 1, end: 40 }] });
    expect(kept!.to.units).toEqual(['u1']);
    expect(trimmed!.to.spans).toHaveLength(1);
    expect(dropped!.to).toEqual({ units: [], spans: [] });
  });

  test('two quotations said apart and joined into one: each of them stitched, into the same quotation', () => {
    const recorded = fates(
      ['“The pier needs new timber before the winter,” Mira Olsen said. “We cannot wait for another survey.”'],
      ['Mira Olsen said: “The pier needs new timber before the winter. We cannot wait for another survey.”'],
    ).quotations;
    expect(recorded.map((entry) => entry.fate)).toEqual(['stitched', 'stitched']);
    expect(recorded[0]!.to).toEqual(recorded[1]!.to);
    expect(recorded.map((entry) => entry.from.units)).toEqual([['u0'], ['u1']]);
  });

  test('a quotation only the rewrite has is added, with nothing on the original’s side', () => {
    const recorded = fates(
      ['The ferry will run all winter, the operator said.'],
      ['The ferry will run all winter. “Every crossing is booked,” the operator said.'],
    ).quotations;
    expect(recorded.map(({ fate, text, from }) => [fate, text, from.units])).toEqual([
      ['added', 'Every crossing is booked', []],
    ]);
  });
});

describe('the fate of each name', () => {
  const from = [
    'Mayor Ilse Brandt opened the new bridge over the Varde river.',
    'The Varde Rowing Club and the Northern Rail Company paid for the lights.',
  ];

  test('a name gone is dropped; said by its last word only, shortened; said whole, kept', () => {
    const names = fates(from, [
      'Brandt opened the new bridge over the Varde river.',
      'The Varde Rowing Club paid for the lights.',
    ]).names;
    expect(names.map(({ name, fate }) => `${name}: ${fate}`)).toEqual([
      // "Mayor" opens the sentence: a capital there marks no name.
      'Ilse Brandt: shortened',
      'Varde: kept',
      'Varde Rowing Club: kept',
      'Northern Rail Company: dropped',
    ]);
    expect(names.find((entry) => entry.name === 'Northern Rail Company')!.to).toEqual({ units: [], spans: [] });
    expect(names.find((entry) => entry.name === 'Varde Rowing Club')!.to.units).toEqual(['u1']);
  });

  test('a name only the rewrite says is added', () => {
    const names = fates(from, [...from, 'The work was done by Halden Steel.']).names;
    expect(names.filter((entry) => entry.fate === 'added').map((entry) => entry.name)).toEqual(['Halden Steel']);
  });

  test('months and weekdays standing alone are dates, not names; inside a name they stay', () => {
    const names = fates(
      ['The market opened on Friday, Feb. 3, and again on Black Friday in November.'],
      ['The market opened on Monday, February 3.'],
    ).names;
    expect(names.map(({ name, fate }) => `${name}: ${fate}`)).toEqual(['Black Friday: dropped']);
  });
});

describe('the fate of each figure', () => {
  test('other figures in its place: changed, with the new figure on the rewrite’s side', () => {
    const figures = fates(
      ['The repair cost £4 million and took 18 months.', 'The bridge carries 9,000 cars a day.'],
      ['The repair cost £6 million and took 18 months.', 'The bridge is busy.', 'Tolls rise by 5%.'],
    ).figures;
    expect(figures.map(({ key, fate }) => `${key}: ${fate}`)).toEqual([
      '£4 million: changed',
      '18 month: kept',
      '9000: dropped',
      '5 percent: added',
    ]);
    const changed = figures[0]!;
    expect(changed.to.spans).toHaveLength(1);
    expect(changed.text).toBe('4');
  });

  test('a figure said in another style is kept: "£2m" states "£2 million"', () => {
    const figures = fates(['The fund holds £2 million.'], ['The fund holds £2m.']).figures;
    expect(figures.map(({ key, fate }) => `${key}: ${fate}`)).toEqual(['£2 million: kept']);
  });
});
