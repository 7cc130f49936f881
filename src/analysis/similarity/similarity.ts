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
 * comparing two units is two merges of typed arrays: the aligner compares many pairs.
 */
import type { UnitFeatures } from './features.ts';

/** A sparse vector: ids in increasing order and their weights. */
export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Euclidean norm of the weights. */
  readonly norm: number;
}

/** A unit (or group) ready to compare. */
export interface Profile {
  readonly terms: SparseVector;
  readonly trigrams: SparseVector;
  /** Number of words. */
  readonly length: number;
}

/** Extra weight for names and numbers: a changed name or figure matters more than a changed verb. */
const SALIENT_BOOST = 2;
/** Share of the term signal in the score; the rest is the trigram signal. */
const TERM_SHARE = 0.6;

/** A unit's features interned: ids in increasing order with their counts (names and numbers boosted). */
export interface CompactFeatures {
  /** The unit's comparison form, to find units kept word for word. */
  readonly key: string;
  readonly terms: { readonly ids: Int32Array; readonly counts: Float64Array };
  readonly trigrams: { readonly ids: Int32Array; readonly counts: Float64Array };
  readonly length: number;
}

/** Inverse document frequency of each term and trigram id. */
export interface Weights {
  readonly terms: Float64Array;
  readonly trigrams: Float64Array;
}

/**
 * Interns the features of a comparison's units one by one, counting in how many units each term
 * and trigram occurs. Each unit's maps are dropped as soon as it is interned: a long document
 * holds tens of thousands of units, and their maps were most of the analysis's memory.
 */
export class VocabularyBuilder {
  readonly #termIds = new Map<string, number>();
  readonly #trigramIds = new Map<number, number>();
  readonly #termFrequency: number[] = [];
  readonly #trigramFrequency: number[] = [];
  #units = 0;

  /** Interns one unit's features. */
  add(features: UnitFeatures): CompactFeatures {
    this.#units += 1;
    const termIds = new Int32Array(features.terms.size);
    const termCounts = new Float64Array(features.terms.size);
    let position = 0;
    features.terms.forEach((count, term) => {
      termIds[position] = this.#id(this.#termIds, this.#termFrequency, term);
      termCounts[position] = count * (features.salient.has(term) ? SALIENT_BOOST : 1);
      position += 1;
    });
    const { grams, counts } = features.trigrams;
    const gramIds = new Int32Array(grams.length);
    for (let index = 0; index < grams.length; index += 1) {
      gramIds[index] = this.#id(this.#trigramIds, this.#trigramFrequency, grams[index]!);
    }
    return {
      key: features.key,
      terms: sortedById(termIds, termCounts),
      trigrams: sortedById(gramIds, counts),
      length: features.length,
    };
  }

  /** The id of a term or trigram, new or not; counts one more unit holding it (each is distinct within a unit). */
  #id<Key>(ids: Map<Key, number>, frequency: number[], key: Key): number {
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      frequency.push(0);
    }
    frequency[id]! += 1;
    return id;
  }

  /** The inverse document frequencies, once every unit is in. */
  weights(): Weights {
    const idf = (frequency: readonly number[]) => Float64Array.from(frequency, (count) => Math.log(1 + this.#units / count));
    return { terms: idf(this.#termFrequency), trigrams: idf(this.#trigramFrequency) };
  }
}

/** Positions a vector may have, packed with its ids for one native numeric sort. */
const POSITION_RANGE = 1 << 16;

/** Sorts a unit's ids with their counts into increasing id order. */
function sortedById(ids: Int32Array, counts: Float64Array): { ids: Int32Array; counts: Float64Array } {
  // Pack (id, position) into one number and sort the typed array natively: much faster than
  // sorting pairs with a comparator.
  const size = Math.min(ids.length, POSITION_RANGE);
  const packed = new Float64Array(size);
  for (let position = 0; position < size; position += 1) packed[position] = ids[position]! * POSITION_RANGE + position;
  packed.sort();
  const sortedIds = new Int32Array(size);
  const sortedCounts = new Float64Array(size);
  for (let index = 0; index < size; index += 1) {
    const value = packed[index]!;
    sortedIds[index] = Math.floor(value / POSITION_RANGE);
    sortedCounts[index] = counts[value % POSITION_RANGE]!;
  }
  return { ids: sortedIds, counts: sortedCounts };
}

/** Builds the profile of one unit from its interned features and the weights. */
export function profile(features: CompactFeatures, weights: Weights): Profile {
  return {
    terms: weigh(features.terms, weights.terms),
    trigrams: weigh(features.trigrams, weights.trigrams),
    length: features.length,
  };
}

function weigh(vector: { readonly ids: Int32Array; readonly counts: Float64Array }, idf: Float64Array): SparseVector {
  const weights = new Float64Array(vector.ids.length);
  let norm = 0;
  for (let index = 0; index < vector.ids.length; index += 1) {
    const weight = vector.counts[index]! * idf[vector.ids[index]!]!;
    weights[index] = weight;
    norm += weight * weight;
  }
  return { ids: vector.ids, weights, norm: Math.sqrt(norm) };
}

/** The profile of several units compared as one text: their vectors added. */
export function combineProfiles(parts: readonly Profile[]): Profile {
  if (parts.length === 1) return parts[0]!;
  return {
    terms: addVectors(parts.map((part) => part.terms)),
    trigrams: addVectors(parts.map((part) => part.trigrams)),
    length: parts.reduce((sum, part) => sum + part.length, 0),
  };
}

function addVectors(vectors: readonly SparseVector[]): SparseVector {
  const sums = new Map<number, number>();
  for (const vector of vectors) {
    vector.ids.forEach((id, position) => sums.set(id, (sums.get(id) ?? 0) + vector.weights[position]!));
  }
  const ids = Int32Array.from([...sums.keys()].sort((x, y) => x - y));
  const weights = Float64Array.from(ids, (id) => sums.get(id)!);
  let norm = 0;
  for (const weight of weights) norm += weight * weight;
  return { ids, weights, norm: Math.sqrt(norm) };
}

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
