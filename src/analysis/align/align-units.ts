/**
 * Aligns the units of two documents, kind with kind: the headline with the headline, the
 * standfirst with the standfirst, section headings among themselves, and the body (sentences and
 * list items, which may turn into each other) as one sequence. Similarity weights are computed over
 * all units of both documents.
 */
import type { AlignedGroup, AlignInput } from './aligned-group.ts';
import type { AlignOptions } from './align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align-options.ts';
import { alignSequences } from './align-sequences.ts';
import { unitFeatures } from '../similarity/features.ts';
import { profile, similarity, VocabularyBuilder } from '../similarity/similarity.ts';
import type { Unit, UnitKind } from '../units/units.ts';

/** An alignment group by unit ids. */
export type UnitGroup = AlignedGroup<string>;

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

/**
 * Section headings pair up by what they head: a heading renamed from "Washington, Kyiv narrow gaps"
 * to "US-Ukraine Agreement in Geneva Talks" is still the heading of the same sentences. A pair's
 * score is the share of the original section's aligned sentences that landed in the rewrite's
 * section, plus the headings' own similarity; pairs are taken in order, best first.
 */
function alignHeadings(
  a: readonly Unit[],
  b: readonly Unit[],
  body: readonly UnitGroup[],
  headingSimilarity: (i: number, j: number) => number,
  options: AlignOptions,
): UnitGroup[] {
  const sectionOf = (units: readonly Unit[]): Map<string, number> => {
    const sections = new Map<string, number>();
    let current = -1;
    units.forEach((unit, index) => {
      if (unit.kind === 'heading') current = index;
      else if (current >= 0) sections.set(unit.id, current);
    });
    return sections;
  };
  const sectionA = sectionOf(a);
  const sectionB = sectionOf(b);
  // links.get(i)?.get(j): how many aligned original sentences of section i sit in section j.
  const links = new Map<number, Map<number, number>>();
  const alignedIn = new Map<number, number>();
  for (const group of body) {
    for (const idA of group.a) {
      const i = sectionA.get(idA);
      if (i === undefined) continue;
      alignedIn.set(i, (alignedIn.get(i) ?? 0) + 1);
      const targets = new Set(group.b.map((idB) => sectionB.get(idB)).filter((j) => j !== undefined));
      for (const j of targets) {
        const row = links.get(i) ?? new Map<number, number>();
        row.set(j, (row.get(j) ?? 0) + 1);
        links.set(i, row);
      }
    }
  }

  const headingsA = a.flatMap((unit, index) => (unit.kind === 'heading' ? [index] : []));
  const headingsB = b.flatMap((unit, index) => (unit.kind === 'heading' ? [index] : []));
  const candidates: { i: number; j: number; score: number; sim: number }[] = [];
  for (const i of headingsA) {
    for (const j of headingsB) {
      const share = (links.get(i)?.get(j) ?? 0) / Math.max(1, alignedIn.get(i) ?? 0);
      const sim = headingSimilarity(i, j);
      const score = share + sim;
      if (share >= 0.5 || sim >= options.threshold + 0.2) candidates.push({ i, j, score, sim });
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const chosen: { i: number; j: number; sim: number }[] = [];
  for (const candidate of candidates) {
    const clashes = chosen.some(
      (pair) => pair.i === candidate.i || pair.j === candidate.j || (pair.i < candidate.i) !== (pair.j < candidate.j),
    );
    if (!clashes) chosen.push(candidate);
  }
  // A heading pair that crosses an in-order sentence pair (one before it on one side, after it
  // on the other) has moved relative to the text it heads.
  const orderA = new Map(a.map((unit, index) => [unit.id, index]));
  const orderB = new Map(b.map((unit, index) => [unit.id, index]));
  const inOrderBody = body.filter((group) => !group.moved).map((group) => [orderA.get(group.a[0]!)!, orderB.get(group.b[0]!)!] as const);
  const crosses = (i: number, j: number): boolean => inOrderBody.some(([x, y]) => (x < i) !== (y < j));
  return chosen.map(({ i, j, sim }) => ({ a: [a[i]!.id], b: [b[j]!.id], similarity: sim, moved: crosses(i, j) }));
}
