/**
 * The rows of the side-by-side view, in reading order: each aligned group is one row with the
 * original on the left and the rewrite on the right; a dropped unit is a row with only a left
 * side, an added unit one with only a right side; a moved group appears twice, where it was and
 * where it went, each row linking to the other. Rows follow the original, and units the rewrite
 * added are placed just before the next group they precede in the rewrite.
 */
import type { Report, ReportGroup, ReportUnit, Segment } from '../analysis/index.ts';

/** What a row shows. */
export type RowKind = 'unchanged' | 'edited' | 'split' | 'merged' | 'moved-from' | 'moved-to' | 'dropped' | 'added';

/** One unit in a row, with its text as segments (one `same` segment for a unit with no counterpart). */
export interface RowUnit {
  readonly id: string;
  readonly kind: ReportUnit['kind'];
  readonly segments: readonly Segment[];
  /** True when the unit begins a block (a new paragraph, heading or list). */
  readonly opensBlock: boolean;
}

/** A row of the view. */
export interface Row {
  /** Stable anchor: the group id, or the unit id prefixed by its side for unaligned units. */
  readonly id: string;
  readonly kind: RowKind;
  readonly left: readonly RowUnit[];
  readonly right: readonly RowUnit[];
  readonly similarity: number | undefined;
  /** For a move: the anchor of the row at its other place. */
  readonly counterpart: string | undefined;
  /** For a moved group: whether the wording changed too. */
  readonly changed: boolean;
}

/** Builds the rows of a report. */
export function comparisonRows(report: Report): Row[] {
  const unitsA = report.from.units;
  const unitsB = report.to.units;
  const sideA = side(unitsA);
  const sideB = side(unitsB);
  const groupOfA = new Map<string, ReportGroup>();
  const groupOfB = new Map<string, ReportGroup>();
  for (const group of report.groups) {
    for (const id of group.from) groupOfA.set(id, group);
    for (const id of group.to) groupOfB.set(id, group);
  }
  const rowUnits = (which: 'from' | 'to', group: ReportGroup): RowUnit[] =>
    group.diff[which].map(({ unit, segments }) => toRowUnit(which === 'from' ? sideA : sideB, unit, segments));

  const rows: Row[] = [];
  const emitted = new Set<string>();
  let nextB = 0;
  const indexB = sideB.index;
  // Emits the rewrite's units from `start` up to (not including) `end` that no in-order group
  // placed: added units, and moved groups at their new place.
  const flushB = (end: number, start = nextB): void => {
    for (let position = start; position < end; position += 1) {
      const unit = unitsB[position]!;
      const group = groupOfB.get(unit.id);
      if (group === undefined) rows.push(single('added', `b-${unit.id}`, [], [toRowUnit(sideB, unit.id, undefined)]));
      else if (group.op === 'moved' && !emitted.has(`${group.id}-to`)) {
        emitted.add(`${group.id}-to`);
        rows.push({
          id: `${group.id}-to`,
          kind: 'moved-to',
          left: [],
          right: rowUnits('to', group),
          similarity: group.similarity,
          counterpart: `${group.id}-from`,
          changed: group.changed,
        });
      }
    }
    if (start === nextB) nextB = Math.max(nextB, end);
  };

  for (const unit of unitsA) {
    const group = groupOfA.get(unit.id);
    if (group === undefined) {
      rows.push(single('dropped', `a-${unit.id}`, [toRowUnit(sideA, unit.id, undefined)], []));
      continue;
    }
    if (group.from[0] !== unit.id) continue; // The group's row was emitted at its first unit.
    if (group.op === 'moved') {
      rows.push({
        id: `${group.id}-from`,
        kind: 'moved-from',
        left: rowUnits('from', group),
        right: [],
        similarity: group.similarity,
        counterpart: `${group.id}-to`,
        changed: group.changed,
      });
      continue;
    }
    flushB(indexB.get(group.to[0]!)!);
    rows.push({
      id: group.id,
      kind: group.op,
      left: rowUnits('from', group),
      right: rowUnits('to', group),
      similarity: group.similarity,
      counterpart: undefined,
      changed: group.changed,
    });
    // A split's parts need not be next to each other in the rewrite (a heading added between
    // them is aligned apart): what lies between them follows the group's row.
    const placed = new Set(group.to);
    const last = indexB.get(group.to.at(-1)!)!;
    for (nextB = Math.max(nextB, indexB.get(group.to[0]!)!); nextB <= last; nextB += 1) {
      if (!placed.has(unitsB[nextB]!.id)) flushB(nextB + 1, nextB);
    }
    nextB = Math.max(nextB, last + 1);
  }
  flushB(unitsB.length);
  return rows;
}

function single(kind: 'added' | 'dropped', id: string, left: RowUnit[], right: RowUnit[]): Row {
  return { id, kind, left, right, similarity: undefined, counterpart: undefined, changed: true };
}

/** A side's units with their positions, for constant-time lookups by id. */
interface Side {
  readonly units: readonly ReportUnit[];
  readonly index: ReadonlyMap<string, number>;
}

function side(units: readonly ReportUnit[]): Side {
  return { units, index: new Map(units.map((unit, position) => [unit.id, position])) };
}

function toRowUnit({ units, index: positions }: Side, id: string, segments: readonly Segment[] | undefined): RowUnit {
  const index = positions.get(id)!;
  const unit = units[index]!;
  return {
    id,
    kind: unit.kind,
    segments: segments ?? [{ op: 'same', text: unit.text }],
    opensBlock: index === 0 || units[index - 1]!.block !== unit.block,
  };
}

/** Which way a row's other place lies ("up" or "down"), for a move; undefined for other rows. */
export function moveDirection(rows: readonly Row[], index: number): 'up' | 'down' | undefined {
  const counterpart = rows[index]?.counterpart;
  if (counterpart === undefined) return undefined;
  const other = rows.findIndex((row) => row.id === counterpart);
  return other > index ? 'down' : 'up';
}
