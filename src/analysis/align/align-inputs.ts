/**
 * What the aligner sees of both documents: each unit's comparison key and similarity profile, the
 * weights of terms and trigrams counted over the units of both documents together.
 */
import type { AlignInput } from './aligned-group.ts';
import { unitFeatures } from '../similarity/features.ts';
import { profile } from '../similarity/profile.ts';
import { VocabularyBuilder } from '../similarity/vocabulary.ts';
import type { Unit } from '../units/units.ts';

/** The aligner's inputs for the units of each side, in the order given. */
export function alignInputs(
  from: readonly Unit[],
  to: readonly Unit[],
): { readonly from: AlignInput[]; readonly to: AlignInput[] } {
  // Each unit's features are interned as soon as they are computed (see VocabularyBuilder).
  const vocabulary = new VocabularyBuilder();
  const fromFeatures = from.map((unit) => vocabulary.add(unitFeatures(unit.text)));
  const toFeatures = to.map((unit) => vocabulary.add(unitFeatures(unit.text)));
  const weights = vocabulary.weights();
  return {
    from: fromFeatures.map((features) => ({ key: features.key, profile: profile(features, weights) })),
    to: toFeatures.map((features) => ({ key: features.key, profile: profile(features, weights) })),
  };
}
