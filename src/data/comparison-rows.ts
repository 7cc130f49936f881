/**
 * The rows of the side-by-side view, in reading order: each aligned group is one row with its
 * `from` units (the original's) and its `to` units (the rewrite's); a dropped unit is a row with
 * only a `from` side, an added unit one with only a `to` side; a moved group appears twice, where
 * it was and where it went, each row linking to the other. Rows follow the original, and units
 * the rewrite added are placed just before the next group they precede in the rewrite.
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
  /** The original's units in this row (the `from` side of the report). */
  readonly from: readonly RowUnit[];
  /** The rewrite's units in this row (the `to` side of the report). */
  readonly to: readonly RowUnit[];
  readonly similarity: number | undefined;
  /** For a move: the anchor of the row at its other place. */
  readonly counterpart: string | undefined;
  /** For a moved group: whether the wording changed too. */
  readonly changed: boolean;
}

/**
 * The anchor of a row with one unaligned unit: its side's prefix, then the unit id ("a-u3" for a
 * dropped unit, "b-u5" for an added one). The page writes anchors into the address a reader may
 * share, so they keep the form they were first published with.
 */
const UNALIGNED_ANCHOR_PREFIX = { from: 'a-', to: 'b-' } as const;

/** Builds the rows of a report. */
export function comparisonRows(report: Report): Row[] {
  const fromUnits = report.from.units;
  const toUnits = report.to.units;
  const fromSide = side(fromUnits);
  const toSide = side(toUnits);
  const groupOfFromUnit = new Map<string, ReportGroup>();
  const groupOfToUnit = new Map<string, ReportGroup>();
  for (const group of report.groups) {
    for (const id of group.from) groupOfFromUnit.set(id, group);
    for (const id of group.to) groupOfToUnit.set(id, group);
  }
  const rowUnits = (which: 'from' | 'to', group: ReportGroup): RowUnit[] =>
    group.diff[which].map(({ unit, segments }) => toRowUnit(which === 'from' ? fromSide : toSide, unit, segments));

  const rows: Row[] = [];
  const emitted = new Set<string>();
  let nextTo = 0;
  const toIndex = toSide.index;
  // Emits the rewrite's units from `start` up to (not including) `end` that no in-order group
  // placed: added units, and moved groups at their new place.
  const flushTo = (end: number, start = nextTo): void => {
    for (let position = start; position < end; position += 1) {
      const unit = toUnits[position]!;
      const group = groupOfToUnit.get(unit.id);
      if (group === undefined)
        rows.push(
          single('added', `${UNALIGNED_ANCHOR_PREFIX.to}${unit.id}`, [], [toRowUnit(toSide, unit.id, undefined)]),
        );
      else if (group.op === 'moved' && !emitted.has(`${group.id}-to`)) {
        emitted.add(`${group.id}-to`);
        rows.push({
          id: `${group.id}-to`,
          kind: 'moved-to',
          from: [],
          to: rowUnits('to', group),
          similarity: group.similarity,
          counterpart: `${group.id}-from`,
          changed: group.changed,
        });
      }
    }
    if (start === nextTo) nextTo = Math.max(nextTo, end);
  };

  for (const unit of fromUnits) {
    const group = groupOfFromUnit.get(unit.id);
    if (group === undefined) {
      rows.push(
        single('dropped', `${UNALIGNED_ANCHOR_PREFIX.from}${unit.id}`, [toRowUnit(fromSide, unit.id, undefined)], []),
      );
      continue;
    }
    if (group.from[0] !== unit.id) continue; // The group's row was emitted at its first unit.
    if (group.op === 'moved') {
      rows.push({
        id: `${group.id}-from`,
        kind: 'moved-from',
        from: rowUnits('from', group),
        to: [],
        similarity: group.similarity,
        counterpart: `${group.id}-to`,
        changed: group.changed,
      });
      continue;
    }
    flushTo(toIndex.get(group.to[0]!)!);
    rows.push({
      id: group.id,
      kind: group.op,
      from: rowUnits('from', group),
      to: rowUnits('to', group),
      similarity: group.similarity,
      counterpart: undefined,
      changed: group.changed,
    });
    // A split's parts need not be next to each other in the rewrite (a heading added between
    // them is aligned apart): what lies between them follows the group's row. The walk keeps
    // its own position: flushing one unit moves nextTo on, and stepping it again would skip
    // the unit after.
    const placed = new Set(group.to);
    const last = toIndex.get(group.to.at(-1)!)!;
    for (let position = Math.max(nextTo, toIndex.get(group.to[0]!)!); position <= last; position += 1) {
      if (!placed.has(toUnits[position]!.id)) flushTo(position + 1, position);
    }
    nextTo = Math.max(nextTo, last + 1);
  }
  flushTo(toUnits.length);
  return rows;
}

function single(kind: 'added' | 'dropped', id: string, from: RowUnit[], to: RowUnit[]): Row {
  return { id, kind, from, to, similarity: undefined, counterpart: undefined, changed: true };
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
