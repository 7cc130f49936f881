/**
 * Aligns the units of two documents, kind with kind: the headline with the headline, the
 * standfirst with the standfirst, section headings among themselves, and the body (sentences and
 * list items, which may turn into each other) as one sequence. Similarity weights are computed over
 * all units of both documents.
 */
import type { AlignOptions } from './align.ts';
import { alignSequences, DEFAULT_ALIGN_OPTIONS } from './align.ts';
import { unitFeatures } from './features.ts';
import { comparisonForm } from './normalize.ts';
import { profile, similarity, termWeights } from './similarity.ts';
import type { Unit, UnitKind } from './units.ts';

/** An alignment group by unit ids. */
export interface UnitGroup {
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly similarity: number;
  readonly moved: boolean;
}

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
  const featuresA = a.map((unit) => unitFeatures(unit.text));
  const featuresB = b.map((unit) => unitFeatures(unit.text));
  const weights = termWeights([...featuresA, ...featuresB]);
  const verbatimShare = shareKeptVerbatim(a, b);
  const groups: UnitGroup[] = [];

  for (const track of ['headline', 'standfirst', 'heading', 'body'] as const) {
    const indexA = a.flatMap((unit, index) => (TRACK[unit.kind] === track ? [index] : []));
    const indexB = b.flatMap((unit, index) => (TRACK[unit.kind] === track ? [index] : []));
    if (track === 'headline' || track === 'standfirst') {
      // There is one headline (and at most one standfirst) a side: they are each other's
      // counterpart however much the wording changed.
      const [i] = indexA;
      const [j] = indexB;
      if (i !== undefined && j !== undefined) {
        const sim = similarity(profile([featuresA[i]!], weights), profile([featuresB[j]!], weights));
        groups.push({ a: [a[i]!.id], b: [b[j]!.id], similarity: sim, moved: false });
      }
      continue;
    }
    const aligned = alignSequences(
      indexA.map((index) => featuresA[index]!),
      indexB.map((index) => featuresB[index]!),
      weights,
      options,
      verbatimShare,
    );
    for (const group of aligned) {
      groups.push({
        a: group.a.map((index) => a[indexA[index]!]!.id),
        b: group.b.map((index) => b[indexB[index]!]!.id),
        similarity: group.similarity,
        moved: group.moved,
      });
    }
  }
  return { groups };
}

/** Share of the shorter document's units that appear word for word in the other document. */
function shareKeptVerbatim(a: readonly Unit[], b: readonly Unit[]): number {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === 0) return 0;
  const texts = new Set(longer.map((unit) => comparisonForm(unit.text).trim()));
  return shorter.filter((unit) => texts.has(comparisonForm(unit.text).trim())).length / shorter.length;
}
