/**
 * Similarity of two units (or groups of units) that recognises a paraphrase. Two signals:
 *
 * - terms, weighted by inverse document frequency over the units of both documents, so that
 *   function words ("the", "of", "der", "le") weigh little in any language and names, numbers and
 *   rare words weigh a lot; names and numbers count double on top;
 * - character trigrams, which see "negotiators" and "negotiation", "favor" and "favour".
 *
 * Both are cosine similarities in [0, 1]; the score is their weighted mean. A unit's vectors are
 * built once (its profile) with terms and trigrams as integer ids in increasing order, so that
 * comparing two units is two merges of typed arrays: the aligner compares many pairs. The ids and
 * weights come from vocabulary.ts, the vectors from profile.ts.
 */
import type { Profile, SparseVector } from './profile.ts';

/** Share of the term signal in the score; the rest is the trigram signal. */
const TERM_SHARE = 0.6;

/** Similarity of two profiles, in [0, 1]. */
export function similarity(a: Profile, b: Profile): number {
  return scorePair(a, b).similarity;
}

/** Similarity and containment of two profiles at once, from one pass over each pair of vectors. */
export interface PairScores {
  readonly similarity: number;
  /** The share of the shorter profile (by words) found in the longer one. */
  readonly containment: number;
}

/** Scores a pair: the aligner needs both numbers for every pair it considers. */
export function scorePair(a: Profile, b: Profile): PairScores {
  const shorterIsA = a.length <= b.length;
  const terms = merged(a.terms, b.terms, shorterIsA);
  const trigrams = merged(a.trigrams, b.trigrams, shorterIsA);
  return {
    similarity: TERM_SHARE * terms.cosine + (1 - TERM_SHARE) * trigrams.cosine,
    containment: TERM_SHARE * terms.covered + (1 - TERM_SHARE) * trigrams.covered,
  };
}

function merged(a: SparseVector, b: SparseVector, coverA: boolean): { cosine: number; covered: number } {
  const part = coverA ? a : b;
  let dot = 0;
  let found = 0;
  let x = 0;
  let y = 0;
  while (x < a.ids.length && y < b.ids.length) {
    const idA = a.ids[x]!;
    const idB = b.ids[y]!;
    if (idA === idB) {
      const weightA = a.weights[x]!;
      const weightB = b.weights[y]!;
      dot += weightA * weightB;
      found += coverA ? weightA * weightA : weightB * weightB;
      x += 1;
      y += 1;
    } else if (idA < idB) x += 1;
    else y += 1;
  }
  return {
    cosine: a.norm === 0 || b.norm === 0 ? 0 : dot / (a.norm * b.norm),
    covered: part.norm === 0 ? 0 : found / (part.norm * part.norm),
  };
}
