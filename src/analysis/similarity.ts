/**
 * Similarity of two units (or groups of units) that recognises a paraphrase. Two signals:
 *
 * - terms, weighted by inverse document frequency over the units of both documents, so that
 *   function words ("the", "of", "der", "le") weigh little in any language and names, numbers and
 *   rare words weigh a lot; names and numbers count double on top;
 * - character trigrams, which see "negotiators" and "negotiation", "favor" and "favour".
 *
 * Both are cosine similarities in [0, 1]; the score is their weighted mean. A unit's vectors and
 * their norms are computed once (its profile), so that comparing two units is two dot products.
 */
import type { SparseVector, UnitFeatures } from './features.ts';
import { combineFeatures } from './features.ts';

/** Inverse document frequencies over a set of units. */
export interface TermWeights {
  /** The weight of a term; unseen terms weigh as much as the rarest. */
  weight(term: string): number;
  /** The weight of a character trigram, likewise: " th" and "ing" are in every English sentence. */
  trigramWeight(trigram: string): number;
}

/** A unit (or group) ready to compare: weighted vectors and their norms. */
export interface Profile {
  readonly terms: ReadonlyMap<string, number>;
  readonly termNorm: number;
  readonly trigrams: SparseVector;
  readonly trigramNorm: number;
  /** Number of words. */
  readonly length: number;
}

/** Extra weight for names and numbers: a changed name or figure matters more than a changed verb. */
const SALIENT_BOOST = 2;
/** Share of the term signal in the score; the rest is the trigram signal. */
const TERM_SHARE = 0.6;

/** Computes IDF weights from the units of both documents. */
export function termWeights(units: readonly UnitFeatures[]): TermWeights {
  const terms = documentFrequencies(units.map((unit) => unit.terms));
  const trigrams = documentFrequencies(units.map((unit) => unit.trigrams));
  const total = units.length;
  const idf = (frequency: ReadonlyMap<string, number>, key: string): number =>
    Math.log(1 + total / (frequency.get(key) ?? 1));
  return { weight: (term) => idf(terms, term), trigramWeight: (trigram) => idf(trigrams, trigram) };
}

function documentFrequencies(vectors: readonly SparseVector[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const vector of vectors) for (const key of vector.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  return frequency;
}

/** Builds the profile of a unit, or of a group of units compared as one text. */
export function profile(parts: readonly UnitFeatures[], weights: TermWeights): Profile {
  const features = combineFeatures(parts);
  const terms = new Map<string, number>();
  let termNorm = 0;
  for (const [term, count] of features.terms) {
    const weight = count * weights.weight(term) * (features.salient.has(term) ? SALIENT_BOOST : 1);
    terms.set(term, weight);
    termNorm += weight * weight;
  }
  const trigrams = new Map<string, number>();
  let trigramNorm = 0;
  for (const [trigram, count] of features.trigrams) {
    const weight = count * weights.trigramWeight(trigram);
    trigrams.set(trigram, weight);
    trigramNorm += weight * weight;
  }
  return {
    terms,
    termNorm: Math.sqrt(termNorm),
    trigrams,
    trigramNorm: Math.sqrt(trigramNorm),
    length: features.length,
  };
}

/** Similarity of two profiles, in [0, 1]. */
export function similarity(a: Profile, b: Profile): number {
  return TERM_SHARE * termCosine(a, b) + (1 - TERM_SHARE) * normalizedDot(a.trigrams, a.trigramNorm, b.trigrams, b.trigramNorm);
}

/** IDF-weighted cosine of the term vectors, names and numbers boosted. */
export function termCosine(a: Profile, b: Profile): number {
  return normalizedDot(a.terms, a.termNorm, b.terms, b.termNorm);
}

function normalizedDot(a: SparseVector, normA: number, b: SparseVector, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) dot += value * other;
  }
  return dot / (normA * normB);
}

/**
 * How much of `part` is found in `whole`, in [0, 1]: the share of the part's weighted terms and
 * trigrams that the whole has too. Used for the members of a split or merge, each of which is only
 * a piece of the unit it joins, so that a cosine would understate how closely it belongs.
 */
export function containment(part: Profile, whole: Profile): number {
  return (
    TERM_SHARE * covered(part.terms, part.termNorm, whole.terms) +
    (1 - TERM_SHARE) * covered(part.trigrams, part.trigramNorm, whole.trigrams)
  );
}

function covered(part: SparseVector, norm: number, whole: SparseVector): number {
  if (norm === 0) return 0;
  let found = 0;
  for (const [key, weight] of part) if (whole.has(key)) found += weight * weight;
  return found / (norm * norm);
}
