/**
 * What the sequence aligner takes and gives: each unit as its comparison key and similarity
 * profile, and groups of units that say the same thing.
 */
import type { Profile } from '../similarity/profile.ts';

/** What the aligner needs of a unit: its comparison key (to find identical units) and its profile. */
export interface AlignInput {
  readonly key: string;
  readonly profile: Profile;
}

/**
 * A set of units that say the same thing: by index into each side's sequence here, by unit id
 * once align-units.ts has mapped them back.
 */
export interface AlignedGroup<Ref = number> {
  readonly from: readonly Ref[];
  readonly to: readonly Ref[];
  readonly similarity: number;
  /** True when the group is out of the original order. */
  readonly moved: boolean;
}

/** An alignment group by unit ids. */
export type UnitGroup = AlignedGroup<string>;
