/**
 * Profiles of runs of consecutive units, for scoring a split or a merge as one text, and the
 * scores of single unit pairs that every pass of the aligner asks for.
 */
import type { AlignInput } from './aligned-group.ts';
import type { Profile } from '../similarity/profile.ts';
import { combineProfiles } from '../similarity/profile.ts';
import type { PairScores } from '../similarity/similarity.ts';
import { scorePair, similarity } from '../similarity/similarity.ts';

/** Profiles of runs of consecutive units; a run's profile is built on first use and kept. */
export class RunProfiles {
  readonly #a: readonly AlignInput[];
  readonly #b: readonly AlignInput[];
  readonly #cache = new Map<string, Profile>();

  constructor(a: readonly AlignInput[], b: readonly AlignInput[]) {
    this.#a = a;
    this.#b = b;
  }

  /** The profile of units [start, end) of side a or b. */
  get(side: 'a' | 'b', start: number, end = start + 1): Profile {
    const units = side === 'a' ? this.#a : this.#b;
    if (end === start + 1) return units[start]!.profile;
    const key = `${side}${start}:${end}`;
    let cached = this.#cache.get(key);
    if (cached === undefined) {
      cached = combineProfiles(units.slice(start, end).map((unit) => unit.profile));
      this.#cache.set(key, cached);
    }
    return cached;
  }

  /** Similarity of unit i of a and unit j of b; 1 for identical units, words or not ("***", "🎉"). */
  pair(i: number, j: number): number {
    if (this.#identical(i, j)) return 1;
    return similarity(this.get('a', i), this.get('b', j));
  }

  #identical(i: number, j: number): boolean {
    const key = this.#a[i]!.key;
    return key !== '' && key === this.#b[j]!.key;
  }

  /** Similarity and member score of unit i of a and unit j of b, from one pass over their vectors. */
  scores(i: number, j: number): PairScores {
    if (this.#identical(i, j)) return { similarity: 1, containment: 1 };
    return scorePair(this.get('a', i), this.get('b', j));
  }
}
