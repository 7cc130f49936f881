/**
 * The report's groups: the alignment's groups in the order of the original, each with its word
 * diff and its operation, and the words of each side counted from those diffs.
 */
import type { UnitAlignment } from '../align/align-units.ts';
import type { GroupDiff, WordCounts } from '../diff/word-diff.ts';
import { diffGroup } from '../diff/word-diff.ts';
import type { Unit } from '../units/units.ts';
import type { ReportGroup } from './report-schema.ts';
import { round } from './round.ts';

/** The groups of a report, and the words of each side in unchanged and in changed stretches. */
export interface DiffedGroups {
  readonly groups: ReportGroup[];
  readonly words: { readonly a: WordCounts; readonly b: WordCounts };
}

/** Diffs each aligned group and names its operation; groups come in the order of the original. */
export function reportGroups(alignment: UnitAlignment, a: readonly Unit[], b: readonly Unit[]): DiffedGroups {
  const unitsA = new Map(a.map((unit) => [unit.id, unit]));
  const unitsB = new Map(b.map((unit) => [unit.id, unit]));
  const ordered = [...alignment.groups].sort((x, y) => order(x.a[0], unitsA) - order(y.a[0], unitsA));
  const words = { a: { same: 0, changed: 0 }, b: { same: 0, changed: 0 } };
  const groups: ReportGroup[] = ordered.map((group, index) => {
    const diff = diffGroup(
      group.a.map((id) => ({ id, text: unitsA.get(id)!.text })),
      group.b.map((id) => ({ id, text: unitsB.get(id)!.text })),
    );
    for (const side of ['a', 'b'] as const) {
      words[side].same += diff.words[side].same;
      words[side].changed += diff.words[side].changed;
    }
    const changed = [...diff.a, ...diff.b].some((unit) => unit.segments.some((segment) => segment.op !== 'same'));
    const op: ReportGroup['op'] = group.moved
      ? 'moved'
      : group.a.length > 1
        ? 'merged'
        : group.b.length > 1
          ? 'split'
          : changed
            ? 'edited'
            : 'unchanged';
    const copy = (units: GroupDiff['a']) => units.map(({ unit, segments }) => ({ unit, segments: segments.map((segment) => ({ ...segment })) }));
    return {
      id: `g${index}`,
      op,
      changed,
      a: [...group.a],
      b: [...group.b],
      similarity: round(group.similarity),
      diff: { a: copy(diff.a), b: copy(diff.b) },
    };
  });
  return { groups, words };
}

function order(id: string | undefined, units: ReadonlyMap<string, Unit>): number {
  return id === undefined ? -1 : (units.get(id)?.order ?? -1);
}
