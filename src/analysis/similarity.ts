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

/** Ids and inverse document frequencies of the terms and trigrams of a set of units. */
export interface Vocabulary {
  /** Id and weight of each term. */
  readonly terms: ReadonlyMap<string, { readonly id: number; readonly idf: number }>;
  /** Id and weight of each trigram; " th" and "ing" are in every English sentence and weigh little. */
  readonly trigrams: ReadonlyMap<number, { readonly id: number; readonly idf: number }>;
}

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

/** Builds the vocabulary of a set of units: every term and trigram with an id and its IDF. */
export function vocabulary(units: readonly UnitFeatures[]): Vocabulary {
  const total = units.length;
  const index = <Key>(vectors: readonly ReadonlyMap<Key, number>[]) => {
    const frequency = new Map<Key, number>();
    for (const vector of vectors) for (const key of vector.keys()) frequency.set(key, (frequency.get(key) ?? 0) + 1);
    const entries = new Map<Key, { id: number; idf: number }>();
    for (const [key, count] of frequency) entries.set(key, { id: entries.size, idf: Math.log(1 + total / count) });
    return entries;
  };
  return { terms: index(units.map((unit) => unit.terms)), trigrams: index(units.map((unit) => unit.trigrams)) };
}

/** Builds the profile of one unit. Terms and trigrams it has must be in the vocabulary. */
export function profile(unit: UnitFeatures, words: Vocabulary): Profile {
  const terms = sparse(unit.terms, words.terms, (term) => (unit.salient.has(term) ? SALIENT_BOOST : 1));
  const trigrams = sparse(unit.trigrams, words.trigrams, () => 1);
  return { terms, trigrams, length: unit.length };
}

/** Positions a vector may have, packed with its ids for one native numeric sort. */
const POSITION_RANGE = 1 << 16;

function sparse<Key>(
  counts: ReadonlyMap<Key, number>,
  entries: ReadonlyMap<Key, { readonly id: number; readonly idf: number }>,
  boost: (key: Key) => number,
): SparseVector {
  // Pack (id, position) into one number and sort the typed array natively: much faster than
  // sorting pairs with a comparator, and the aligner builds a vector for every unit.
  const packed = new Float64Array(counts.size);
  const raw = new Float64Array(counts.size);
  let size = 0;
  for (const [key, count] of counts) {
    const entry = entries.get(key);
    if (entry === undefined || size >= POSITION_RANGE) continue;
    raw[size] = count * entry.idf * boost(key);
    packed[size] = entry.id * POSITION_RANGE + size;
    size += 1;
  }
  const sorted = packed.subarray(0, size).sort();
  const ids = new Int32Array(size);
  const weights = new Float64Array(size);
  let norm = 0;
  for (let index = 0; index < size; index += 1) {
    const value = sorted[index]!;
    ids[index] = Math.floor(value / POSITION_RANGE);
    const weight = raw[value % POSITION_RANGE]!;
    weights[index] = weight;
    norm += weight * weight;
  }
  return { ids, weights, norm: Math.sqrt(norm) };
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
  return TERM_SHARE * cosine(a.terms, b.terms) + (1 - TERM_SHARE) * cosine(a.trigrams, b.trigrams);
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

function cosine(a: SparseVector, b: SparseVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let x = 0;
  let y = 0;
  while (x < a.ids.length && y < b.ids.length) {
    const idA = a.ids[x]!;
    const idB = b.ids[y]!;
    if (idA === idB) dot += a.weights[x++]! * b.weights[y++]!;
    else if (idA < idB) x += 1;
    else y += 1;
  }
  return dot / (a.norm * b.norm);
}
