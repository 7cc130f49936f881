import { describe, expect, test } from 'vitest';
import { alignUnits } from '../../../src/analysis/align/align-units.ts';
import { documentUnits, lineUnits } from '../../../src/analysis/units/units.ts';

/** Aligns two lists of sentences and returns the groups as index lists, with their kind. */
function align(from: string[], to: string[]) {
  return alignUnits(lineUnits(from), lineUnits(to)).groups.map((group) => ({
    from: group.from.map((id) => Number(id.slice(1))),
    to: group.to.map((id) => Number(id.slice(1))),
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
    expect(align(ORIGINAL, rewrite)).toEqual([0, 1, 2, 3, 4].map((i) => ({ from: [i], to: [i], moved: false })));
  });

  test('leaves a sentence unaligned when nothing on the other side says the same', () => {
    const rewrite = [
      ORIGINAL[0]!,
      'The weather in Geneva was cold and grey all week.',
      ORIGINAL[2]!,
      ORIGINAL[3]!,
      ORIGINAL[4]!,
    ];
    const groups = align(ORIGINAL, rewrite);
    expect(groups.some((group) => group.to.includes(1))).toBe(false);
    expect(groups.some((group) => group.from.includes(1))).toBe(false);
  });

  test('finds a merge of two sentences into one', () => {
    const rewrite = [
      ORIGINAL[0]!,
      'Moscow rejected the European version outright, with Kremlin aide Yuri Ushakov calling the plan completely unconstructive.',
      ORIGINAL[3]!,
      ORIGINAL[4]!,
    ];
    expect(align(ORIGINAL, rewrite)).toContainEqual({ from: [1, 2], to: [1], moved: false });
  });

  const splitOriginal = [
    'The plan required Ukraine to cede more territory to Russia and to accept strict limits on the size of its military.',
    'Kyiv rejected it.',
  ];
  /** The split rewrite, its last sentence as given. */
  const splitRewrite = (last: string) => [
    'The plan required Ukraine to cede more territory to Russia.',
    'It also set strict limits on the size of its military.',
    last,
  ];
  const splitGroups = [
    { from: [0], to: [0, 1], moved: false },
    { from: [1], to: [2], moved: false },
  ];

  test('finds a split of one sentence into two', () => {
    // A rewrite that keeps no sentence word for word (see the known miss below).
    expect(align(splitOriginal, splitRewrite('Kyiv rejected the plan.'))).toEqual(splitGroups);
  });

  // Known miss: in a light revision (here half the sentences kept word for word) the bar for a
  // pair rises, and a piece that adds words of its own ("It also set") is neither alike enough to
  // pair alone nor contained enough to join (containment 0.65 against a bar of 0.65 plus the
  // group's penalty). The piece then reads as added.
  test.fails('known miss: a split piece with words of its own in a light revision', () => {
    expect(align(splitOriginal, splitRewrite('Kyiv rejected it.'))).toEqual(splitGroups);
  });

  test('detects a sentence moved out of order', () => {
    const rewrite = [ORIGINAL[4]!, ORIGINAL[0]!, ORIGINAL[1]!, ORIGINAL[2]!, ORIGINAL[3]!];
    const groups = align(ORIGINAL, rewrite);
    expect(groups).toContainEqual({ from: [4], to: [0], moved: true });
    expect(groups.filter((group) => !group.moved)).toHaveLength(4);
  });

  test('aligns nothing between unrelated texts, and handles empty sides', () => {
    expect(align(['Cats sleep all day long.'], ['Stock markets fell sharply on Tuesday.'])).toEqual([]);
    expect(align([], ['Anything.'])).toEqual([]);
    expect(align(['Anything.'], [])).toEqual([]);
  });
});

describe('alignUnits, edge cases found in review', () => {
  test('pairs identical units that have no words at all', () => {
    expect(align(['***', '🎉🎉', 'The end.'], ['***', '🎉🎉', 'The end.'])).toEqual(
      [0, 1, 2].map((i) => ({ from: [i], to: [i], moved: false })),
    );
  });

  test('one identical line moved from top to bottom does not derail the rest', () => {
    const sentences = Array.from(
      { length: 60 },
      (_, index) => `Officials in district ${index} reported ${index * 7} new cases of the illness on day ${index}.`,
    );
    const edited = sentences.map((sentence) => sentence.replace('reported', 'counted'));
    const groups = align(['Subscribe to our newsletter.', ...sentences], [...edited, 'Subscribe to our newsletter.']);
    expect(groups.filter((group) => group.moved)).toEqual([{ from: [0], to: [60], moved: true }]);
    expect(groups.filter((group) => !group.moved)).toHaveLength(60);
  });

  test('a pair that fits in order is never called a move', () => {
    // Nineteen sentences kept verbatim raise the in-order threshold above the move threshold; the
    // reworded sentence then scored as a "move" in its own place.
    const kept = Array.from(
      { length: 19 },
      (_, k) => `Item ${k} of the council agenda covered topic number ${k * 17} in detail.`,
    );
    const original = [
      ...kept.slice(0, 10),
      'The plan would raise property taxes by 4 percent for most homeowners in the district.',
      ...kept.slice(10),
    ];
    const rewrite = [
      ...kept.slice(0, 10),
      'Homeowners face a 4 percent rise in property taxes, the plan says.',
      ...kept.slice(10),
    ];
    const groups = align(original, rewrite);
    expect(groups.find((group) => group.from[0] === 10)).toEqual({ from: [10], to: [10], moved: false });
    expect(groups.filter((group) => group.moved)).toEqual([]);
  });

  test('an unrelated neighbour is not swept into a merge', () => {
    const groups = align(
      ['Smith resigned.', 'The ferry was late.'],
      ['Smith resigned on Tuesday after weeks of pressure from his party over the budget scandal.'],
    );
    expect(groups).toEqual([{ from: [0], to: [0], moved: false }]);
  });

  test('a heading that moved against the text it heads is marked moved', () => {
    const units = (headingFirst: boolean) => {
      const body = [
        { type: 'paragraph' as const, text: 'The minister resigned on Tuesday after weeks of pressure.' },
        { type: 'paragraph' as const, text: 'Opposition parties welcomed the resignation of the minister.' },
      ];
      const heading = { type: 'heading' as const, text: 'Reaction from parties' };
      return documentUnits({
        body: headingFirst
          ? [heading, ...body]
          : [...body, heading, { type: 'paragraph', text: 'Analysts expect an election in spring.' }],
      });
    };
    const groups = alignUnits(units(true), units(false)).groups;
    expect(groups.find((group) => group.from[0] === 'u0')).toMatchObject({ to: ['u2'], moved: true });
  });
});
