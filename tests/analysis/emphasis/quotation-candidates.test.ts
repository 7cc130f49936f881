/**
 * The quotation findings compare only the pairs of quotations an index of their words finds. On
 * small random quotations (words in several spellings, repeated words, initials with dots) the
 * index must find every pair that comparing every quotation with every other would find, and
 * every pair of words `sameSpelling` takes for one word must share a spelling key.
 */
import { describe, expect, test } from 'vitest';
import { classify } from '../../../src/analysis/emphasis/detectors/quotation-findings.ts';
import { nearest, quotationCandidates } from '../../../src/analysis/emphasis/detectors/quotation-candidates.ts';
import { sameSpelling } from '../../../src/analysis/emphasis/house-style.ts';
import { textWords } from '../../../src/analysis/emphasis/match.ts';
import { spellingMatchKeys } from '../../../src/analysis/emphasis/spelling-keys.ts';
import { seededRandom } from '../../../scripts/lib/seeded-random.ts';

/** Words with other spellings of themselves among them, and a few common words. */
const VOCABULARY = [
  'the',
  'the',
  'we',
  'will',
  'colour',
  'color',
  'travelled',
  'traveled',
  'access',
  'acces',
  'arise',
  'arrise',
  'centre',
  'center',
  'U.S.',
  'US',
  'organise',
  'organize',
  'talks',
  'talk',
  'Geneva',
  'peace',
  'focussed',
  'focused',
];

function quotations(next: () => number, count: number): string[] {
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 6) }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!).join(
      ' ',
    ),
  );
}

describe('the index of quotations', () => {
  test('finds every pair that comparing every quotation with every other finds, on random quotations', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const next = seededRandom(seed);
      const from = quotations(next, Math.floor(next() * 12)).map(textWords);
      const to = quotations(next, Math.floor(next() * 12)).map(textWords);
      const folded = (words: ReturnType<typeof textWords>) => words.map((word) => word.folded);
      const candidates = quotationCandidates(from.map(folded), to.map(folded));
      const allPairs: string[] = [];
      const indexed: string[] = [];
      from.forEach((fromWords, at) => {
        to.forEach((toWords, toAt) => {
          if (classify(fromWords, toWords) !== undefined) allPairs.push(`${seed}: ${at} ${toAt}`);
        });
        for (const toAt of candidates[at]!)
          if (classify(fromWords, to[toAt]!) !== undefined) indexed.push(`${seed}: ${at} ${toAt}`);
      });
      expect(indexed).toEqual(allPairs);
    }
  });

  test('gives words of one spelling a key in common', () => {
    const words = VOCABULARY.map((word) => textWords(word)[0]!.folded);
    for (const x of words) {
      for (const y of words) {
        if (!sameSpelling(x, y)) continue;
        const [xKeys, yKeys] = [spellingMatchKeys(x), spellingMatchKeys(y)];
        expect(
          xKeys.some((key) => yKeys.includes(key)),
          `${x} ${y}`,
        ).toBe(true);
      }
    }
  });

  test('keeps every candidate under the limit, and the nearest in reading order over it', () => {
    expect(nearest([[1, 5, 9], [2, 5], []], 4, 10)).toEqual([1, 2, 5, 9]);
    expect(nearest([[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]], 5, 3)).toEqual([4, 5, 6]);
  });
});
