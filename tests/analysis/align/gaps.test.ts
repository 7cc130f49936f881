/**
 * Gap filling: a sentence left alone on each side between two kept neighbours is paired with its
 * counterpart on weaker evidence than a pair anywhere else needs; a gap of unrelated sentences, or
 * a wider gap, is left alone.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_ALIGN_OPTIONS } from '../../../src/analysis/align/align-options.ts';
import { alignUnits, lineUnits } from '../../../src/analysis/index.ts';

const FIRST = 'The council approved the budget on Monday after a long debate.';
const MIDDLE = 'Critics called the new spending plan reckless and far too expensive.';
const LAST = 'The mayor will sign it next week in the town hall.';
const pairs = (from: string[], to: string[], options = DEFAULT_ALIGN_OPTIONS): string[] =>
  alignUnits(lineUnits(from), lineUnits(to), options).groups.map(
    (group) => `${group.from.join(',')}>${group.to.join(',')}`,
  );

describe('a one-sentence gap between kept neighbours', () => {
  const rewrite = [FIRST, 'Critics said the spending plan was reckless.', LAST];

  test('is filled when the two sentences share enough, though too little to pair anywhere else', () => {
    expect(pairs([FIRST, MIDDLE, LAST], rewrite)).toEqual(['u0>u0', 'u1>u1', 'u2>u2']);
    // Without gap filling the same two sentences stay apart: their place is the added evidence.
    expect(pairs([FIRST, MIDDLE, LAST], rewrite, { ...DEFAULT_ALIGN_OPTIONS, gapShare: Infinity })).toEqual([
      'u0>u0',
      'u2>u2',
    ]);
  });

  test('is filled at the start and at the end of the documents too', () => {
    expect(pairs([MIDDLE, FIRST, LAST], [rewrite[1]!, FIRST, LAST])).toEqual(['u0>u0', 'u1>u1', 'u2>u2']);
    expect(pairs([FIRST, LAST, MIDDLE], [FIRST, LAST, rewrite[1]!])).toEqual(['u0>u0', 'u1>u1', 'u2>u2']);
  });

  test('is left alone when the two sentences say unrelated things', () => {
    expect(pairs([FIRST, MIDDLE, LAST], [FIRST, 'Rain is expected across the region on Friday.', LAST])).toEqual([
      'u0>u0',
      'u2>u2',
    ]);
  });
});

test('a gap of two sentences on one side is left alone: place no longer says which is whose', () => {
  const from = [FIRST, MIDDLE, 'A second vote is planned for the spring.', LAST];
  expect(pairs(from, [FIRST, 'Critics said the spending plan was reckless.', LAST])).toEqual(['u0>u0', 'u3>u2']);
});
