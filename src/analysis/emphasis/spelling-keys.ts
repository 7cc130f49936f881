/**
 * Index keys for words compared by `sameSpelling`: two words it takes for one word always share
 * one of their keys, so an index by these keys finds every word a word could be spelt as, and only
 * those few are then checked with `sameSpelling` itself. This is what lets a long story's
 * quotations be compared with their candidates instead of with every quotation of the other side.
 */
import { spellingKey } from './house-style.ts';

/**
 * The two keys of a folded word, dots left out as `sameSpelling` leaves them out ("U.S." and "US"):
 * the word with every run of one letter written once (a doubled letter or not: "acces", "access"),
 * and its British-or-American spelling key ("colour", "color").
 */
export function spellingMatchKeys(folded: string): readonly [string, string] {
  const bare = folded.includes('.') ? folded.replaceAll('.', '') : folded;
  return [`single:${singleLetters(bare)}`, `spelling:${spellingKey(bare)}`];
}

/** A word with each run of one character written once ("focussed" gives "focused", "access" "aces"). */
export function singleLetters(word: string): string {
  let result = '';
  // Code units, as `doubledLetter` compares them.
  for (let index = 0; index < word.length; index += 1)
    if (index === 0 || word[index] !== word[index - 1]) result += word[index]!;
  return result;
}
