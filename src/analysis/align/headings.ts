/**
 * The pairing of section headings, run once the body's sentences are aligned: a heading follows
 * the sentences under it more than its own wording.
 */
import type { AlignOptions } from './align-options.ts';
import type { UnitGroup } from './aligned-group.ts';
import type { Unit } from '../units/units.ts';

/**
 * Section headings pair up by what they head: a heading renamed from "Washington, Kyiv narrow gaps"
 * to "US-Ukraine Agreement in Geneva Talks" is still the heading of the same sentences. A pair's
 * score is the share of the original section's aligned sentences that landed in the rewrite's
 * section, plus the headings' own similarity; pairs are taken in order, best first.
 */
export function alignHeadings(
  from: readonly Unit[],
  to: readonly Unit[],
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
  const fromSections = sectionOf(from);
  const toSections = sectionOf(to);
  // links.get(i)?.get(j): how many aligned original sentences of section i sit in section j.
  const links = new Map<number, Map<number, number>>();
  const alignedIn = new Map<number, number>();
  for (const group of body) {
    for (const fromId of group.from) {
      const i = fromSections.get(fromId);
      if (i === undefined) continue;
      alignedIn.set(i, (alignedIn.get(i) ?? 0) + 1);
      const targets = new Set(group.to.map((toId) => toSections.get(toId)).filter((j) => j !== undefined));
      for (const j of targets) {
        const row = links.get(i) ?? new Map<number, number>();
        row.set(j, (row.get(j) ?? 0) + 1);
        links.set(i, row);
      }
    }
  }

  const fromHeadings = from.flatMap((unit, index) => (unit.kind === 'heading' ? [index] : []));
  const toHeadings = to.flatMap((unit, index) => (unit.kind === 'heading' ? [index] : []));
  const candidates: { i: number; j: number; score: number; sim: number }[] = [];
  for (const i of fromHeadings) {
    for (const j of toHeadings) {
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
      (pair) => pair.i === candidate.i || pair.j === candidate.j || pair.i < candidate.i !== pair.j < candidate.j,
    );
    if (!clashes) chosen.push(candidate);
  }
  // A heading pair that crosses an in-order sentence pair (one before it on one side, after it
  // on the other) has moved relative to the text it heads.
  const fromOrder = new Map(from.map((unit, index) => [unit.id, index]));
  const toOrder = new Map(to.map((unit, index) => [unit.id, index]));
  const inOrderBody = body
    .filter((group) => !group.moved)
    .map((group) => [fromOrder.get(group.from[0]!)!, toOrder.get(group.to[0]!)!] as const);
  const crosses = (i: number, j: number): boolean => inOrderBody.some(([x, y]) => x < i !== y < j);
  return chosen.map(({ i, j, sim }) => ({
    from: [from[i]!.id],
    to: [to[j]!.id],
    similarity: sim,
    moved: crosses(i, j),
  }));
}
