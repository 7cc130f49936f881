/**
 * The candidate index: which unit pairs are worth scoring at all. The aligner scores pairs in a
 * band, looks for anchors and for moves among candidates only.
 */
import type { AlignInput } from './aligned-group.ts';

/** A term in more units than this is too common to suggest candidates (in either side). */
const MAX_POSTINGS = 40;

/**
 * Visits the unit pairs worth comparing: those that share a term rare enough to be telling. An
 * inverted index of one side's terms keeps this near linear where comparing every pair would be
 * quadratic, and visiting (rather than listing) keeps millions of candidates out of memory.
 */
export function forEachCandidate(
  from: readonly AlignInput[],
  fromStart: number,
  fromEnd: number,
  to: readonly AlignInput[],
  toStart: number,
  toEnd: number,
  include: (i: number, j: number) => boolean,
  visit: (i: number, j: number) => void,
): void {
  const postings = new Map<number, number[]>();
  for (let j = toStart; j < toEnd; j += 1) {
    for (const term of to[j]!.profile.terms.ids) {
      const list = postings.get(term);
      if (list === undefined) postings.set(term, [j]);
      else if (list.length <= MAX_POSTINGS) list.push(j);
    }
  }
  // Units without a word (a row of asterisks, emoji) share no term: identical ones still pair.
  const wordless = new Map<string, number[]>();
  for (let j = toStart; j < toEnd; j += 1) {
    const unit = to[j]!;
    if (unit.profile.terms.ids.length === 0 && unit.key !== '')
      wordless.set(unit.key, [...(wordless.get(unit.key) ?? []), j]);
  }
  const seen = new Int32Array(toEnd - toStart).fill(-1);
  for (let i = fromStart; i < fromEnd; i += 1) {
    if (from[i]!.profile.terms.ids.length === 0) {
      for (const j of wordless.get(from[i]!.key) ?? []) if (include(i, j)) visit(i, j);
      continue;
    }
    for (const term of from[i]!.profile.terms.ids) {
      const list = postings.get(term);
      if (list === undefined || list.length > MAX_POSTINGS) continue;
      for (const j of list) {
        if (seen[j - toStart] === i || !include(i, j)) continue;
        seen[j - toStart] = i;
        visit(i, j);
      }
    }
  }
}
