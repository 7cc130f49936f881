import { describe, expect, test } from 'vitest';
import type { EvalDocument, KindedPair } from '../../scripts/lib/alignment-score.ts';
import { errorBreakdown, scorePairs } from '../../scripts/lib/alignment-score.ts';

// Two documents: the first has a split in gold ([0,0], [0,1]) and a pair in order; the second a
// single pair. The predictions get one split member right, miss the other, add a move and a
// wrong one-to-one pair.
const documents: EvalDocument[] = [
  {
    id: 'd1',
    a: ['a0', 'a1', 'a2'],
    b: ['b0', 'b1', 'b2', 'b3'],
    gold: [
      [0, 0],
      [0, 1],
      [1, 2],
    ],
  },
  { id: 'd2', a: ['a0', 'a1'], b: ['b0', 'b1'], gold: [[0, 0]] },
];
const predictions = new Map<string, KindedPair[]>([
  [
    'd1',
    [
      { pair: [0, 0], kind: 'one-to-one' },
      { pair: [1, 2], kind: 'one-to-one' },
      { pair: [2, 3], kind: 'one-to-one' },
    ],
  ],
  ['d2', [{ pair: [1, 0], kind: 'moved' }]],
]);

describe('alignment scoring', () => {
  test('counts pairs over all documents as the shared scorer does', () => {
    const pairs = new Map([...predictions].map(([id, kinded]) => [id, kinded.map(({ pair }) => pair)]));
    const score = scorePairs(documents, pairs);
    expect({ tp: score.tp, fp: score.fp, fn: score.fn }).toEqual({ tp: 2, fp: 2, fn: 2 });
    expect(score.precision).toBeCloseTo(0.5);
    expect(score.f1).toBeCloseTo(0.5);
  });

  test('breaks the errors down by where they come from', () => {
    const breakdown = errorBreakdown(documents, predictions);
    expect(breakdown.falsePositives).toEqual({ 'one-to-one': 1, 'split or merge': 0, moved: 1 });
    // d1's [0,1]: b1 is unaligned in the prediction; d2's [0,0]: a0 is unaligned.
    expect(breakdown.falseNegatives).toEqual({ fromUnaligned: 1, toUnaligned: 1, pairedOtherwise: 0 });
    expect(breakdown.gold).toEqual({ pairs: 4, crossing: 0, inSeveralPairs: 1 });
    expect(breakdown.withoutMoves.fp).toBe(1);
  });

  test('counts gold pairs that cross, that is moves the annotators aligned', () => {
    const swapped: EvalDocument[] = [
      {
        id: 's',
        a: ['x', 'y'],
        b: ['y', 'x'],
        gold: [
          [0, 1],
          [1, 0],
        ],
      },
    ];
    expect(errorBreakdown(swapped, new Map()).gold.crossing).toBe(1);
  });
});
