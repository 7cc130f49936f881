/**
 * The vocabulary of a comparison: every term and trigram of both documents' units as an integer
 * id, and how many units hold each, from which come the inverse document frequencies.
 */
import type { UnitFeatures } from './features.ts';

/** Extra weight for names and numbers: a changed name or figure matters more than a changed verb. */
const SALIENT_BOOST = 2;

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
    const idf = (frequency: readonly number[]) =>
      Float64Array.from(frequency, (count) => Math.log(1 + this.#units / count));
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
