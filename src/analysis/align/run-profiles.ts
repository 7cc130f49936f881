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
  readonly #from: readonly AlignInput[];
  readonly #to: readonly AlignInput[];
  readonly #cache = new Map<string, Profile>();

  constructor(from: readonly AlignInput[], to: readonly AlignInput[]) {
    this.#from = from;
    this.#to = to;
  }

  /** The profile of units [start, end) of the from side or the to side. */
  get(side: 'from' | 'to', start: number, end = start + 1): Profile {
    const units = side === 'from' ? this.#from : this.#to;
    if (end === start + 1) return units[start]!.profile;
    const key = `${side}${start}:${end}`;
    let cached = this.#cache.get(key);
    if (cached === undefined) {
      cached = combineProfiles(units.slice(start, end).map((unit) => unit.profile));
      this.#cache.set(key, cached);
    }
    return cached;
  }

  /** Similarity of unit i of the from side and unit j of the to side; 1 for identical units, words or not ("***", "🎉"). */
  pair(i: number, j: number): number {
    if (this.#identical(i, j)) return 1;
    return similarity(this.get('from', i), this.get('to', j));
  }

  /**
   * Similarity of one unit with a run of the other side: unit `unit` of the side other than
   * `runSide` against units [start, end) of `runSide`.
   */
  pairRun(runSide: 'from' | 'to', unit: number, start: number, end: number): number {
    const other = runSide === 'from' ? 'to' : 'from';
    return similarity(this.get(runSide, start, end), this.get(other, unit));
  }

  #identical(i: number, j: number): boolean {
    const key = this.#from[i]!.key;
    return key !== '' && key === this.#to[j]!.key;
  }

  /** Similarity and member score of unit i of the from side and unit j of the to side, from one pass over their vectors. */
  scores(i: number, j: number): PairScores {
    if (this.#identical(i, j)) return { similarity: 1, containment: 1 };
    return scorePair(this.get('from', i), this.get('to', j));
  }
}
