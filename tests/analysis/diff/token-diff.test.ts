import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Change } from '../../../src/analysis/diff/token-diff.ts';
import { diffTokenIds } from '../../../src/analysis/diff/token-diff.ts';

/** Replays changes over x, checking every kept id against y; returns the ids of y it rebuilt. */
function replay(x: readonly number[], y: readonly number[], changes: readonly Change[]): number[] {
  const rebuilt: number[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    expect(change.count).toBeGreaterThan(0);
    if (change.removed) i += change.count;
    else if (change.added) {
      rebuilt.push(...y.slice(j, j + change.count));
      j += change.count;
    } else {
      expect(x.slice(i, i + change.count)).toEqual(y.slice(j, j + change.count));
      rebuilt.push(...x.slice(i, i + change.count));
      i += change.count;
      j += change.count;
    }
  }
  expect(i).toBe(x.length);
  return rebuilt;
}

const kept = (changes: readonly Change[]): number =>
  changes.filter((c) => !c.added && !c.removed).reduce((sum, c) => sum + c.count, 0);

describe('diffTokenIds', () => {
  test('gives exactly jsdiff’s diff for sentences of ordinary length', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8];
    const y = [1, 9, 3, 4, 10, 11, 7, 8, 12];
    const expected = diffArrays(x, y).map(({ count, added, removed }) => ({ count, added, removed }));
    expect(diffTokenIds(x, y)).toEqual(expected);
  });

  test('keeps the words of a long reworded passage that are found once on each side, in order', () => {
    // 200 ids a side: every other id is reworded (odd ids become ids from 1000 up); the even
    // ones, unique on both sides, are kept and must all be found.
    const x = Array.from({ length: 200 }, (_, index) => index);
    const y = x.map((id) => (id % 2 === 0 ? id : 1000 + id));
    const changes = diffTokenIds(x, y);
    expect(replay(x, y, changes)).toEqual(y);
    expect(kept(changes)).toBe(100);
  });

  test('finds a long kept stretch between rewritten ends', () => {
    const middle = Array.from({ length: 120 }, (_, index) => index % 7);
    const x = [500, 501, 502, ...middle, 503, 504];
    const y = [600, ...middle, 601, 602, 603];
    expect(kept(diffTokenIds(x, y))).toBe(120);
  });

  test('any two sequences: the changes rebuild the second from the first, with no empty or split runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 200 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 200 }),
        (x, y) => {
          const changes = diffTokenIds(x, y);
          expect(replay(x, y, changes)).toEqual(y);
          changes.slice(1).forEach((change, index) => {
            const previous = changes[index]!;
            expect(change.added === previous.added && change.removed === previous.removed).toBe(false);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
