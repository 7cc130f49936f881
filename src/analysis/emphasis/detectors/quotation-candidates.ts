/**
 * Which quotations could be the same quotation, found through an index of their words rather than
 * by comparing every quotation of the original with every quotation of the rewrite: that made
 * 10,000 short quotations a side (280 KB) run out of memory. Only pairs that can pass the quotation
 * findings' comparison are listed, and a pair is listed whenever it could pass, so the findings
 * are those of comparing every pair (a test checks this on random quotations):
 * - kept or trimmed: every word of the rewrite's quotation is a word of the original's in some
 *   spelling, so the original's quotation has a word that shares a spelling key with the rewrite
 *   quotation's rarest word;
 * - altered: at least half of the words are shared exactly, so one of any just-over-half of the
 *   rewrite quotation's words (its rarest) is a word of the original's (prefix filtering).
 * One limit shapes the result rather than the time: a quotation is compared with at most
 * MAX_QUOTATION_CANDIDATES candidates, the nearest in reading order. Only a story that quotes the
 * same few words hundreds of times reaches it.
 */
import { spellingMatchKeys } from '../spelling-keys.ts';

/** Candidates one quotation is compared with at most: the nearest to its place in reading order. */
export const MAX_QUOTATION_CANDIDATES = 64;

/** A quotation as the index reads it: its folded words. */
type Words = readonly string[];

/**
 * For each of the original's quotations, the indexes of the rewrite's quotations it could be the
 * same quotation as (kept, trimmed or altered), in the rewrite's order.
 */
export function quotationCandidates(fromQuotes: readonly Words[], toQuotes: readonly Words[]): number[][] {
  const frequency = new Map<string, number>();
  const count = (key: string) => frequency.set(key, (frequency.get(key) ?? 0) + 1);
  for (const words of [...fromQuotes, ...toQuotes]) {
    for (const word of new Set(words)) {
      count(`word:${word}`);
      for (const key of spellingMatchKeys(word)) count(key);
    }
  }
  const rarity = (key: string) => frequency.get(key) ?? 0;
  const index = new Map<string, number[]>();
  toQuotes.forEach((words, to) => {
    for (const key of indexKeys(words, rarity)) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [to]);
      else if (list.at(-1) !== to) list.push(to);
    }
  });
  return fromQuotes.map((words, from) => {
    const lists = new Set<readonly number[]>();
    for (const word of new Set(words)) {
      for (const key of [`word:${word}`, ...spellingMatchKeys(word)]) {
        const list = index.get(key);
        if (list !== undefined) lists.add(list);
      }
    }
    const near = Math.round((from * toQuotes.length) / Math.max(1, fromQuotes.length));
    return nearest([...lists], near, MAX_QUOTATION_CANDIDATES);
  });
}

/** The keys a rewrite's quotation is filed under: its rarest word's spelling keys, its rarest words. */
function indexKeys(words: Words, rarity: (key: string) => number): string[] {
  const distinct = [...new Set(words)];
  const spelt = distinct
    .map((word) => spellingMatchKeys(word))
    .reduce<readonly string[] | undefined>(
      (best, keys) =>
        best === undefined || rarity(keys[0]) + rarity(keys[1]) < rarity(best[0]!) + rarity(best[1]!) ? keys : best,
      undefined,
    );
  const exact = distinct
    .map((word) => `word:${word}`)
    .sort((x, y) => rarity(x) - rarity(y) || (x < y ? -1 : x > y ? 1 : 0))
    .slice(0, Math.floor(distinct.length / 2) + 1);
  return [...(spelt ?? []), ...exact];
}

/**
 * The union of ascending lists of indexes, in ascending order; when it holds more than `limit`,
 * the `limit` nearest to `near` (the nearer of two at one distance being the earlier). Each list is
 * read only around `near`, so a word every quotation has costs no more than a rare one.
 */
export function nearest(lists: readonly (readonly number[])[], near: number, limit: number): number[] {
  const found = new Set<number>();
  for (const list of lists) {
    const at = firstAtLeast(list, near);
    for (let index = Math.max(0, at - limit); index < Math.min(list.length, at + limit); index += 1)
      found.add(list[index]!);
  }
  const distance = (value: number) => Math.abs(value - near);
  return [...found]
    .sort((x, y) => distance(x) - distance(y) || x - y)
    .slice(0, limit)
    .sort((x, y) => x - y);
}

/** Where the first value at least `value` stands in an ascending list (its length when none does). */
function firstAtLeast(list: readonly number[], value: number): number {
  let [low, high] = [0, list.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
