/**
 * The chain dynamic programme against brute force: on small score matrices, every monotonic chain
 * of pairs is enumerated and scored by the rules the programme states, and the programme's chain
 * must be one of them and score as well as the best.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AlignOptions } from '../../../src/analysis/align/align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../../../src/analysis/align/align-options.ts';
import { monotonicPairs } from '../../../src/analysis/align/monotonic-chain.ts';

/** How a pair joins the chain before it. */
type Join = 'opens' | 'merges' | 'splits';

interface Scores {
  readonly pair: (i: number, j: number) => number;
  readonly member: (i: number, j: number) => number;
}

/**
 * What a pair adds to a chain, as the programme's comment states the rules: a pair that opens a
 * group scores its similarity less the threshold; a pair that extends a merge or a split scores
 * the better of that and its containment less the member threshold, less the group penalty, and
 * when it extends the pair that opened the group, that opener is re-scored as a member if the
 * extension belongs in its own right.
 */
function gainOf(
  at: readonly [number, number],
  join: Join,
  before: { at: readonly [number, number]; join: Join } | undefined,
  scores: Scores,
  options: AlignOptions,
): number {
  const gain = (i: number, j: number) => scores.pair(i, j) - options.threshold;
  const [i, j] = at;
  if (join === 'opens') return gain(i, j);
  const memberGain = Math.max(gain(i, j), scores.member(i, j) - options.memberThreshold) - options.groupPenalty;
  const qualifies = gain(i, j) > 0 || scores.member(i, j) >= options.memberThreshold;
  const [x, y] = before!.at;
  const opener =
    before!.join === 'opens' && qualifies ? Math.max(0, scores.member(x, y) - options.memberThreshold - gain(x, y)) : 0;
  return memberGain + opener;
}

/** The score of every monotonic chain of pairs in an n × m matrix, the empty chain included. */
function allChainScores(n: number, m: number, scores: Scores, options: AlignOptions): number[] {
  const results = [0];
  const extend = (at: readonly [number, number], join: Join, score: number): void => {
    results.push(score);
    const [i, j] = at;
    const next: [readonly [number, number], Join][] = [];
    for (let x = i + 1; x < n; x += 1) for (let y = j + 1; y < m; y += 1) next.push([[x, y], 'opens']);
    // A merge continues only as a merge, a split only as a split.
    if (i + 1 < n && join !== 'splits') next.push([[i + 1, j], 'merges']);
    if (j + 1 < m && join !== 'merges') next.push([[i, j + 1], 'splits']);
    for (const [cell, how] of next) extend(cell, how, score + gainOf(cell, how, { at, join }, scores, options));
  };
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j < m; j += 1) extend([i, j], 'opens', gainOf([i, j], 'opens', undefined, scores, options));
  return results;
}

/** The score of a chain of pairs, or undefined when the pairs do not form a chain the rules allow. */
function chainScore(
  pairs: readonly (readonly [number, number])[],
  scores: Scores,
  options: AlignOptions,
): number | undefined {
  let score = 0;
  let before: { at: readonly [number, number]; join: Join } | undefined;
  for (const at of pairs) {
    let join: Join;
    if (before === undefined || (at[0] > before.at[0] && at[1] > before.at[1])) join = 'opens';
    else if (at[0] === before.at[0] + 1 && at[1] === before.at[1] && before.join !== 'splits') join = 'merges';
    else if (at[1] === before.at[1] + 1 && at[0] === before.at[0] && before.join !== 'merges') join = 'splits';
    else return undefined;
    score += gainOf(at, join, before, scores, options);
    before = { at, join };
  }
  return score;
}

/** A score in [0, 1]: often none at all (no word in common), often a round value, so that ties happen. */
const score = fc.oneof(
  fc.constant(0),
  fc.constantFrom(0.1, 0.15, 0.3, 0.5, 0.6, 1),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

const matrices = fc.record({ n: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 5 }) }).chain(({ n, m }) =>
  fc.record({
    n: fc.constant(n),
    m: fc.constant(m),
    pair: fc.array(score, { minLength: n * m, maxLength: n * m }),
    member: fc.array(score, { minLength: n * m, maxLength: n * m }),
    // The threshold as a light revision raises it, and as a paraphrase leaves it.
    threshold: fc.constantFrom(
      DEFAULT_ALIGN_OPTIONS.threshold,
      0.35,
      DEFAULT_ALIGN_OPTIONS.threshold + DEFAULT_ALIGN_OPTIONS.verbatimRise,
    ),
  }),
);

describe('monotonicPairs', () => {
  test('finds a chain the rules allow, scoring as well as the best of all chains (brute force up to 5 × 5)', () => {
    fc.assert(
      fc.property(matrices, ({ n, m, pair, member, threshold }) => {
        const scores: Scores = { pair: (i, j) => pair[i * m + j]!, member: (i, j) => member[i * m + j]! };
        const options = { ...DEFAULT_ALIGN_OPTIONS, threshold };
        const chain = monotonicPairs(n, m, scores.pair, scores.member, options);
        const found = chainScore(chain, scores, options);
        expect(found, `not a chain the rules allow: ${JSON.stringify(chain)}`).toBeDefined();
        expect(found!).toBeCloseTo(Math.max(...allChainScores(n, m, scores, options)), 9);
      }),
      { numRuns: 500 },
    );
  });

  test('an empty side gives no pairs', () => {
    expect(
      monotonicPairs(
        0,
        3,
        () => 1,
        () => 1,
        DEFAULT_ALIGN_OPTIONS,
      ),
    ).toEqual([]);
    expect(
      monotonicPairs(
        3,
        0,
        () => 1,
        () => 1,
        DEFAULT_ALIGN_OPTIONS,
      ),
    ).toEqual([]);
  });
});
