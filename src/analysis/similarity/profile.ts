/**
 * A unit's profile: its terms and trigrams as sparse vectors weighted by inverse document
 * frequency, the form in which two units are compared.
 */
import type { CompactFeatures, Weights } from './vocabulary.ts';

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
