/**
 * A sentence may be split or merged as it moves, as one kept in place may: the move takes both
 * pieces when each is a piece of the moved sentence, and only the one when the neighbour is
 * unrelated.
 */
import { describe, expect, test } from 'vitest';
import { alignUnits, lineUnits } from '../../../src/analysis/index.ts';

const KEPT = [
  'The council approved the harbour budget on Monday after a long debate.',
  'The mayor will sign the budget next week in the town hall.',
  'Work on the new pier is due to start in the spring.',
  'The old pier will close to visitors for the whole of the summer.',
];
const MOVED = '“There was a storm near Eastbay. We saw the waves,” the harbour master said.';

const pairs = (from: string[], to: string[]): string[] =>
  alignUnits(lineUnits(from), lineUnits(to)).groups.map(
    (group) => `${group.from.join(',')}>${group.to.join(',')}${group.moved ? ' moved' : ''}`,
  );

describe('a moved sentence', () => {
  test('split in two on its way is one move with both pieces', () => {
    const from = [...KEPT, MOVED];
    const to = ['“There was a storm near Eastbay.', 'We saw the waves,” the harbour master said.', ...KEPT];
    expect(pairs(from, to)).toContain('u4>u0,u1 moved');
  });

  test('merged from two on its way is one move with both pieces', () => {
    const from = ['“There was a storm near Eastbay.', 'We saw the waves,” the harbour master said.', ...KEPT];
    const to = [...KEPT, MOVED];
    expect(pairs(from, to)).toContain('u0,u1>u4 moved');
  });

  test('takes no neighbour that is contained but adds nothing to the likeness', () => {
    const from = [...KEPT, MOVED];
    // The neighbour repeats words of the moved sentence, but the sentence already has its match.
    const to = ['There was a storm.', MOVED, ...KEPT];
    expect(pairs(from, to)).toContain('u4>u1 moved');
  });

  test('takes no unrelated neighbour', () => {
    const from = [...KEPT, MOVED];
    const to = ['Tourists filled the cafes along the front all weekend.', MOVED, ...KEPT];
    expect(pairs(from, to)).toContain('u4>u1 moved');
  });
});
