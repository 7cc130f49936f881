/**
 * Aligns the units of two documents, kind with kind: the headline with the headline, the
 * standfirst with the standfirst, section headings among themselves, and the body (sentences and
 * list items, which may turn into each other) as one sequence. Similarity weights are computed over
 * all units of both documents.
 */
import type { AlignInput, UnitGroup } from './aligned-group.ts';
import type { AlignOptions } from './align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align-options.ts';
import { alignSequences } from './align-sequences.ts';
import { alignHeadings } from './headings.ts';
import { unitFeatures } from '../similarity/features.ts';
import { profile } from '../similarity/profile.ts';
import { similarity } from '../similarity/similarity.ts';
import { VocabularyBuilder } from '../similarity/vocabulary.ts';
import type { Unit, UnitKind } from '../units/units.ts';

/** Which units are aligned with each other; every unit appears in at most one group. */
export interface UnitAlignment {
  readonly groups: readonly UnitGroup[];
}

type Track = 'headline' | 'standfirst' | 'heading' | 'body';

const TRACK: Readonly<Record<UnitKind, Track>> = {
  headline: 'headline',
  standfirst: 'standfirst',
  heading: 'heading',
  'list-item': 'body',
  sentence: 'body',
};

/** Aligns the units of two documents. */
export function alignUnits(
  a: readonly Unit[],
  b: readonly Unit[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): UnitAlignment {
  // Each unit's features are interned as soon as they are computed (see VocabularyBuilder).
  const vocabulary = new VocabularyBuilder();
  const compactA = a.map((unit) => vocabulary.add(unitFeatures(unit.text)));
  const compactB = b.map((unit) => vocabulary.add(unitFeatures(unit.text)));
  const weights = vocabulary.weights();
  const inputA: AlignInput[] = compactA.map((features) => ({ key: features.key, profile: profile(features, weights) }));
  const inputB: AlignInput[] = compactB.map((features) => ({ key: features.key, profile: profile(features, weights) }));
  const pairSimilarity = (i: number, j: number): number => similarity(inputA[i]!.profile, inputB[j]!.profile);
  const verbatimShare = shareKeptVerbatim(inputA, inputB);
  const groups: UnitGroup[] = [];

  for (const track of ['headline', 'standfirst'] as const) {
    // One headline (and at most one standfirst) a side: they are each other's counterpart
    // however much the wording changed.
    const i = a.findIndex((unit) => unit.kind === track);
    const j = b.findIndex((unit) => unit.kind === track);
    if (i >= 0 && j >= 0) {
      const sim = pairSimilarity(i, j);
      groups.push({ a: [a[i]!.id], b: [b[j]!.id], similarity: sim, moved: false });
    }
  }

  const bodyA = a.flatMap((unit, index) => (TRACK[unit.kind] === 'body' ? [index] : []));
  const bodyB = b.flatMap((unit, index) => (TRACK[unit.kind] === 'body' ? [index] : []));
  const body = alignSequences(
    bodyA.map((index) => inputA[index]!),
    bodyB.map((index) => inputB[index]!),
    options,
    verbatimShare,
  ).map((group) => ({
    a: group.a.map((index) => a[bodyA[index]!]!.id),
    b: group.b.map((index) => b[bodyB[index]!]!.id),
    similarity: group.similarity,
    moved: group.moved,
  }));
  groups.push(...alignHeadings(a, b, body, pairSimilarity, options), ...body);
  return { groups };
}

/** Share of the shorter document's units that appear word for word in the other document. */
function shareKeptVerbatim(a: readonly AlignInput[], b: readonly AlignInput[]): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return 0;
  const keys = new Set(longer.map((unit) => unit.key));
  return shorter.filter((unit) => keys.has(unit.key)).length / shorter.length;
}
