/**
 * Word diff inside an aligned group, with jsdiff's `diffArrays` over our tokens (see token-diff.ts) and the comparison
 * normalisation as its comparator (a curly quote against a straight one is no change), followed by
 * a cleanup in the spirit of diff-match-patch's semantic cleanup: a stretch of white space,
 * punctuation or a short function word left unchanged between two edits joins them, so that edits
 * read as phrases ("has not yet responded" for "immediately commented"), not confetti.
 *
 * A group may hold several units a side (a split or merge). Each side's units are diffed as one
 * token sequence, and the result is cut back into segments per unit, so that joining a unit's
 * segments gives back its text exactly.
 *
 * The steps have a file each: the tokens and runs of a diff (runs.ts), the cleanup (cleanup.ts),
 * and the runs cut back into each unit's segments (unit-segments.ts).
 */
import type { DiffInput, Run, SideToken } from './runs.ts';
import { runsOf, sideTokens } from './runs.ts';
import { absorbStranded, factorCommonEdges } from './cleanup.ts';
import { diffTokenIds } from './token-diff.ts';
import type { UnitDiff } from './unit-segments.ts';
import { unitSegments } from './unit-segments.ts';
import { comparisonForm } from '../units/normalize.ts';

export type { DiffInput } from './runs.ts';
export type { Segment, UnitDiff } from './unit-segments.ts';

/** How many words of one side of a group are unchanged, and how many changed (removed or added). */
export interface WordCounts {
  readonly same: number;
  readonly changed: number;
}

/** The word diff of a group: segments for each unit of each side, and the words counted per side. */
export interface GroupDiff {
  readonly from: readonly UnitDiff[];
  readonly to: readonly UnitDiff[];
  /** Counted from the diff's own tokens, so that statistics need not tokenize the segments again. */
  readonly words: { readonly from: WordCounts; readonly to: WordCounts };
}

/** Diffs the units of one side of a group against the units of the other. */
export function diffGroup(from: readonly DiffInput[], to: readonly DiffInput[]): GroupDiff {
  const fromTokens = sideTokens(from);
  const toTokens = sideTokens(to);
  // Tokens become integers that are equal exactly when their comparison keys are, so that the
  // diff compares numbers with ===; a comparator looking keys up would cost two map lookups for
  // each of the many comparisons of a long reworded sentence.
  const ids = new Map<string, number>();
  const keys = new Map<string, string>();
  const key = (token: SideToken): string => {
    let cached = keys.get(token.text);
    if (cached === undefined) {
      // Trailing white space of any kind compares as one space, and none as none: "said," at the
      // end of a sentence and "said, " inside one are the same word.
      cached = token.kind === 'space' ? ' ' : comparisonForm(token.text.trimEnd());
      keys.set(token.text, cached);
    }
    return cached;
  };
  const idOf = (token: SideToken): number => {
    const tokenKey = key(token);
    let id = ids.get(tokenKey);
    if (id === undefined) {
      id = ids.size;
      ids.set(tokenKey, id);
    }
    return id;
  };
  const changes = diffTokenIds(fromTokens.map(idOf), toTokens.map(idOf));
  const cleaned = factorCommonEdges(absorbStranded(runsOf(changes, fromTokens, toTokens)), key);
  return {
    from: unitSegments(from, cleaned, 'from'),
    to: unitSegments(to, cleaned, 'to'),
    words: { from: wordCounts(cleaned, 'from'), to: wordCounts(cleaned, 'to') },
  };
}

/** Counts one side's words in unchanged runs and in edits. */
function wordCounts(runs: readonly Run[], side: 'from' | 'to'): WordCounts {
  let same = 0;
  let changed = 0;
  for (const run of runs) {
    for (const token of run[side]) {
      if (token.kind !== 'word') continue;
      if (run.kind === 'same') same += 1;
      else changed += 1;
    }
  }
  return { same, changed };
}
