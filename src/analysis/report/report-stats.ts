/**
 * The report's statistics: each side's words kept, reworded and left without a counterpart, the
 * groups by operation, and one overall similarity.
 */
import type { WordCounts } from '../diff/word-diff.ts';
import { tokenize } from '../units/tokenize.ts';
import type { Unit } from '../units/units.ts';
import type { Report, ReportGroup, SideStats } from './report-schema.ts';
import { round } from './round.ts';

/** The statistics of a report, from its units, groups, word counts and unaligned units. */
export function reportStats(
  from: readonly Unit[],
  to: readonly Unit[],
  groups: readonly ReportGroup[],
  words: { readonly from: WordCounts; readonly to: WordCounts },
  dropped: readonly string[],
  added: readonly string[],
): Report['stats'] {
  const operations = {
    unchanged: 0,
    edited: 0,
    split: 0,
    merged: 0,
    moved: 0,
    dropped: dropped.length,
    added: added.length,
  };
  for (const group of groups) operations[group.op] += 1;
  return {
    from: sideStats(from, words.from, dropped),
    to: sideStats(to, words.to, added),
    operations,
    similarity: overallSimilarity(groups, from, to),
  };
}

/** Words in a unit's text (tokenize memoises the tokens of recent texts). */
function wordCount(text: string): number {
  return tokenize(text).filter((token) => token.kind === 'word').length;
}

function sideStats(units: readonly Unit[], aligned: WordCounts, unaligned: readonly string[]): SideStats {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const unalignedWords = unaligned.reduce((sum, id) => sum + wordCount(byId.get(id)?.text ?? ''), 0);
  const { same, changed } = aligned;
  return { units: units.length, words: same + changed + unalignedWords, same, changed, unaligned: unalignedWords };
}

/** Group similarities weighted by the words they hold; words in unaligned units count as 0. */
function overallSimilarity(groups: readonly ReportGroup[], from: readonly Unit[], to: readonly Unit[]): number {
  const wordsOf = (units: readonly Unit[]) => new Map(units.map((unit) => [unit.id, wordCount(unit.text)]));
  const fromWords = wordsOf(from);
  const toWords = wordsOf(to);
  let total = 0;
  for (const count of fromWords.values()) total += count;
  for (const count of toWords.values()) total += count;
  if (total === 0) {
    // No words on either side: identical when every unit (if any) is in an unchanged group.
    const placed = groups.reduce((sum, group) => sum + group.from.length + group.to.length, 0);
    return placed === from.length + to.length && groups.every((group) => group.op === 'unchanged') ? 1 : 0;
  }
  let weighted = 0;
  for (const group of groups) {
    const size =
      group.from.reduce((sum, id) => sum + (fromWords.get(id) ?? 0), 0) +
      group.to.reduce((sum, id) => sum + (toWords.get(id) ?? 0), 0);
    weighted += group.similarity * size;
  }
  return round(weighted / total);
}
