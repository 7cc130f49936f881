import { describe, expect, test } from 'vitest';
import { alignUnits } from '../../src/analysis/align-units.ts';
import { lineUnits } from '../../src/analysis/units.ts';

/** Aligns two lists of sentences and returns the groups as index lists, with their kind. */
function align(a: string[], b: string[]) {
  return alignUnits(lineUnits(a), lineUnits(b)).groups.map((group) => ({
    a: group.a.map((id) => Number(id.slice(1))),
    b: group.b.map((id) => Number(id.slice(1))),
    moved: group.moved,
  }));
}

const ORIGINAL = [
  'The United States surprised Kyiv and European partners last week with a 28-point peace plan.',
  'Moscow rejected the European version outright.',
  'Kremlin aide Yuri Ushakov said the plan was completely unconstructive.',
  'Zelensky said Ukraine’s delegation was returning from Switzerland to brief him.',
  'Both sides described the talks in Geneva as productive.',
];

describe('alignUnits', () => {
  test('pairs identical and reworded sentences in order', () => {
    const rewrite = [
      'The US surprised Kyiv and its European partners last week with a 28-point peace plan.',
      'Moscow dismissed the European version outright.',
      'Kremlin aide Yuri Ushakov called the plan completely unconstructive.',
      'Zelensky said Ukraine’s delegation was returning from Switzerland to brief him.',
      'Both sides called the Geneva talks productive.',
    ];
    expect(align(ORIGINAL, rewrite)).toEqual([0, 1, 2, 3, 4].map((i) => ({ a: [i], b: [i], moved: false })));
  });

  test('leaves a sentence unaligned when nothing on the other side says the same', () => {
    const rewrite = [ORIGINAL[0]!, 'The weather in Geneva was cold and grey all week.', ORIGINAL[2]!, ORIGINAL[3]!, ORIGINAL[4]!];
    const groups = align(ORIGINAL, rewrite);
    expect(groups.some((group) => group.b.includes(1))).toBe(false);
    expect(groups.some((group) => group.a.includes(1))).toBe(false);
  });

  test('finds a merge of two sentences into one', () => {
    const rewrite = [
      ORIGINAL[0]!,
      'Moscow rejected the European version outright, with Kremlin aide Yuri Ushakov calling the plan completely unconstructive.',
      ORIGINAL[3]!,
      ORIGINAL[4]!,
    ];
    expect(align(ORIGINAL, rewrite)).toContainEqual({ a: [1, 2], b: [1], moved: false });
  });

  test('finds a split of one sentence into two', () => {
    const original = [
      'The plan required Ukraine to cede more territory to Russia and to accept strict limits on the size of its military.',
      'Kyiv rejected it.',
    ];
    const rewrite = ['The plan required Ukraine to cede more territory to Russia.', 'It also set strict limits on the size of its military.', 'Kyiv rejected it.'];
    expect(align(original, rewrite)).toEqual([
      { a: [0], b: [0, 1], moved: false },
      { a: [1], b: [2], moved: false },
    ]);
  });

  test('detects a sentence moved out of order', () => {
    const rewrite = [ORIGINAL[4]!, ORIGINAL[0]!, ORIGINAL[1]!, ORIGINAL[2]!, ORIGINAL[3]!];
    const groups = align(ORIGINAL, rewrite);
    expect(groups).toContainEqual({ a: [4], b: [0], moved: true });
    expect(groups.filter((group) => !group.moved)).toHaveLength(4);
  });

  test('aligns nothing between unrelated texts, and handles empty sides', () => {
    expect(align(['Cats sleep all day long.'], ['Stock markets fell sharply on Tuesday.'])).toEqual([]);
    expect(align([], ['Anything.'])).toEqual([]);
    expect(align(['Anything.'], [])).toEqual([]);
  });
});
