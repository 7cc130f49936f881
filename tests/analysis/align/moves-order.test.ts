/**
 * Which pairs of the move pass are moves. A pair that fits between its neighbouring pairs in order
 * is marked in order, whatever order those pairs come in (gap fills come after the chain); and in
 * a light revision, where the bar for a pair in order rises, a pair below that bar is not let in
 * through the move pass.
 */
import { describe, expect, test } from 'vitest';
import { alignUnits, lineUnits } from '../../../src/analysis/index.ts';
import type { AlignedGroup } from '../../../src/analysis/align/aligned-group.ts';
import { restoreOrder } from '../../../src/analysis/align/moves.ts';

const pair = (from: number, to: number, moved = false): AlignedGroup => ({
  from: [from],
  to: [to],
  similarity: 1,
  moved,
});
const shown = (groups: readonly AlignedGroup[]) =>
  groups.map((group) => `${group.from.join(',')}>${group.to.join(',')}${group.moved ? ' moved' : ''}`).sort();

describe('restoreOrder', () => {
  test('a pair that crosses one in order stays a move, though gap fills come after the chain', () => {
    const chain = [pair(0, 0), pair(2, 2), pair(4, 4), pair(6, 6), pair(8, 8)];
    const gapFills = [pair(1, 1), pair(3, 3)];
    const moves = [pair(7, 5, true), pair(5, 7, true)];
    expect(shown(restoreOrder([...chain, ...gapFills], moves))).toEqual(['5>7 moved', '7>5 moved']);
  });

  test('a pair that fits between its neighbours is marked in order', () => {
    const chain = [pair(0, 0), pair(2, 2)];
    expect(shown(restoreOrder(chain, [pair(1, 1, true)]))).toEqual(['1>1']);
  });
});

describe('in a light revision', () => {
  const kept = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].map(
    (number, index) =>
      `Kept sentence number ${number} says the harbour ${['opened', 'closed', 'flooded', 'froze', 'grew', 'shrank', 'moved', 'sank', 'rose'][index]} again.`,
  );
  test('a loose pair in place, below the raised bar, is not paired by the move pass', () => {
    const from = [
      ...kept.slice(0, 5),
      'The mayor said the budget for the new pier would double next year.',
      'A second changed line about fish prices at the market.',
      ...kept.slice(5),
    ];
    const to = [
      ...kept.slice(0, 5),
      'Spending on the new pier will double, said the mayor.',
      'Tourists queued for ice cream along the sunny promenade.',
      ...kept.slice(5),
    ];
    const groups = alignUnits(lineUnits(from), lineUnits(to)).groups;
    expect(groups.some((group) => group.from.includes('u5'))).toBe(false);
  });
});
