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
 * group scores its similarity less the threshold; a pair extends a merge or a split only if it
 * belongs in its own right (its similarity passes the threshold or its containment the member
 * threshold), and then scores the better of its similarity less the threshold and its containment
 * less the member threshold, less the group penalty; when it extends the pair that opened the
 * group, that opener is re-scored as a member. Returns undefined for an extension not allowed.
 */
function gainOf(
  at: readonly [number, number],
  join: Join,
  before: { at: readonly [number, number]; join: Join } | undefined,
  scores: Scores,
  options: AlignOptions,
): number | undefined {
  const gain = (i: number, j: number) => scores.pair(i, j) - options.threshold;
  const [i, j] = at;
  if (join === 'opens') return gain(i, j);
  const memberGain = Math.max(gain(i, j), scores.member(i, j) - options.memberThreshold) - options.groupPenalty;
  if (gain(i, j) <= 0 && scores.member(i, j) < options.memberThreshold) return undefined;
  const [x, y] = before!.at;
  const opener = before!.join === 'opens' ? Math.max(0, scores.member(x, y) - options.memberThreshold - gain(x, y)) : 0;
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
    for (const [cell, how] of next) {
      const gain = gainOf(cell, how, { at, join }, scores, options);
      if (gain !== undefined) extend(cell, how, score + gain);
    }
  };
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j < m; j += 1) extend([i, j], 'opens', gainOf([i, j], 'opens', undefined, scores, options)!);
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
    const gain = gainOf(at, join, before, scores, options);
    if (gain === undefined) return undefined;
    score += gain;
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

  test('a split member that neither resembles nor is contained in its unit stays out, however strong the next', () => {
    // One original sentence, rewritten as three: the first and last keep its words, the middle one
    // is new writing. A run through the middle would pay for it with the last piece's score.
    const pair = [0.5, 0.05, 0.5];
    const member = [0.9, 0.1, 0.9];
    const pairs = monotonicPairs(
      1,
      3,
      (_, j) => pair[j]!,
      (_, j) => member[j]!,
      DEFAULT_ALIGN_OPTIONS,
    );
    expect(pairs).toHaveLength(1);
    expect(pairs).not.toContainEqual([0, 1]);
  });

  test('a split member contained in its unit joins, though its similarity is low', () => {
    // The middle piece is short: its cosine with the whole is low, but every word of it is there.
    const pair = [0.5, 0.1, 0.5];
    const member = [0.9, 0.8, 0.9];
    expect(
      monotonicPairs(
        1,
        3,
        (_, j) => pair[j]!,
        (_, j) => member[j]!,
        DEFAULT_ALIGN_OPTIONS,
      ),
    ).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
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
