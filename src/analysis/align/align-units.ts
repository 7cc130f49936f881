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
import { alignInputs } from './align-inputs.ts';
import { similarity } from '../similarity/similarity.ts';
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
  from: readonly Unit[],
  to: readonly Unit[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): UnitAlignment {
  const { from: fromInputs, to: toInputs } = alignInputs(from, to);
  const pairSimilarity = (i: number, j: number): number => similarity(fromInputs[i]!.profile, toInputs[j]!.profile);
  const verbatimShare = shareKeptVerbatim(fromInputs, toInputs);
  const groups: UnitGroup[] = [];

  for (const track of ['headline', 'standfirst'] as const) {
    // One headline (and at most one standfirst) a side: they are each other's counterpart
    // however much the wording changed.
    const i = from.findIndex((unit) => unit.kind === track);
    const j = to.findIndex((unit) => unit.kind === track);
    if (i >= 0 && j >= 0) {
      const sim = pairSimilarity(i, j);
      groups.push({ from: [from[i]!.id], to: [to[j]!.id], similarity: sim, moved: false });
    }
  }

  const fromBody = from.flatMap((unit, index) => (TRACK[unit.kind] === 'body' ? [index] : []));
  const toBody = to.flatMap((unit, index) => (TRACK[unit.kind] === 'body' ? [index] : []));
  const body = alignSequences(
    fromBody.map((index) => fromInputs[index]!),
    toBody.map((index) => toInputs[index]!),
    options,
    verbatimShare,
  ).map((group) => ({
    from: group.from.map((index) => from[fromBody[index]!]!.id),
    to: group.to.map((index) => to[toBody[index]!]!.id),
    similarity: group.similarity,
    moved: group.moved,
  }));
  groups.push(...alignHeadings(from, to, body, pairSimilarity, options), ...body);
  return { groups };
}

/** Share of the shorter document's units that appear word for word in the other document. */
function shareKeptVerbatim(from: readonly AlignInput[], to: readonly AlignInput[]): number {
  const [shorter, longer] = from.length <= to.length ? [from, to] : [to, from];
  if (shorter.length === 0) return 0;
  const keys = new Set(longer.map((unit) => unit.key));
  return shorter.filter((unit) => keys.has(unit.key)).length / shorter.length;
}
