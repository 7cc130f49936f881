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
  readonly words: { readonly from: WordCounts; readonly to: WordCounts };
}

/** Diffs each aligned group and names its operation; groups come in the order of the original. */
export function reportGroups(alignment: UnitAlignment, from: readonly Unit[], to: readonly Unit[]): DiffedGroups {
  const fromById = new Map(from.map((unit) => [unit.id, unit]));
  const toById = new Map(to.map((unit) => [unit.id, unit]));
  const ordered = [...alignment.groups].sort((x, y) => order(x.from[0], fromById) - order(y.from[0], fromById));
  const words = { from: { same: 0, changed: 0 }, to: { same: 0, changed: 0 } };
  const groups: ReportGroup[] = ordered.map((group, index) => {
    const diff = diffGroup(
      group.from.map((id) => ({ id, text: fromById.get(id)!.text })),
      group.to.map((id) => ({ id, text: toById.get(id)!.text })),
    );
    for (const side of ['from', 'to'] as const) {
      words[side].same += diff.words[side].same;
      words[side].changed += diff.words[side].changed;
    }
    const changed = [...diff.from, ...diff.to].some((unit) => unit.segments.some((segment) => segment.op !== 'same'));
    const op: ReportGroup['op'] = group.moved
      ? 'moved'
      : group.from.length > 1
        ? 'merged'
        : group.to.length > 1
          ? 'split'
          : changed
            ? 'edited'
            : 'unchanged';
    const copy = (units: GroupDiff['from']) =>
      units.map(({ unit, segments }) => ({ unit, segments: segments.map((segment) => ({ ...segment })) }));
    return {
      id: `g${index}`,
      op,
      changed,
      from: [...group.from],
      to: [...group.to],
      similarity: round(group.similarity),
      diff: { from: copy(diff.from), to: copy(diff.to) },
    };
  });
  return { groups, words };
}

function order(id: string | undefined, units: ReadonlyMap<string, Unit>): number {
  return id === undefined ? -1 : (units.get(id)?.order ?? -1);
}
