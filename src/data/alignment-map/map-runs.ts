/**
 * Runs of a long story's units that the map draws as one block: neighbours of the same fate, so
 * that a story of thousands of sentences draws hundreds of blocks, not thousands (each block is a
 * link with its name, and thinner than a pixel it could be neither seen nor hit). A run is kept
 * units whose one-to-one groups follow each other on both sides with the same operation (so one
 * band joins the run to its counterpart), or dropped units, or added units, side by side; all of
 * a run's units have findings of the same level (or none), so that its mark says true of each.
 * Moved, split and merged units stay blocks of their own: they are what a reader looks for.
 */
import type { Level, ReportGroup } from '../../analysis/index.ts';
import type { MapSide } from './map-geometry.ts';

/** What the runs need of a unit. */
export interface RunUnit {
  readonly group: ReportGroup | undefined;
  readonly level: Level | undefined;
}

/** Each side's units (by index) in runs, in reading order; every unit in exactly one run. */
export function mapRuns<T extends RunUnit>(units: Record<MapSide, readonly T[]>): Record<MapSide, T[][]> {
  const toIndex = new Map<string, number>();
  units.to.forEach((unit, index) => {
    if (unit.group !== undefined) toIndex.set(unit.group.id, index);
  });
  const keptAlone = (unit: T | undefined): unit is T & { group: ReportGroup } =>
    unit?.group !== undefined &&
    (unit.group.op === 'unchanged' || unit.group.op === 'edited') &&
    unit.group.from.length === 1 &&
    unit.group.to.length === 1;
  // Whether the original's unit at an index runs on into the next one.
  const joinsNext = units.from.map((unit, index) => {
    const next = units.from[index + 1];
    if (unit.group === undefined) return next !== undefined && next.group === undefined && unit.level === next.level;
    if (!keptAlone(unit) || !keptAlone(next)) return false;
    const [here, there] = [toIndex.get(unit.group.id)!, toIndex.get(next.group.id)!];
    return (
      unit.group.op === next.group.op &&
      unit.group.changed === next.group.changed &&
      there === here + 1 &&
      unit.level === next.level &&
      units.to[here]!.level === units.to[there]!.level
    );
  });
  const fromIndex = new Map<string, number>();
  units.from.forEach((unit, index) => {
    if (unit.group !== undefined) fromIndex.set(unit.group.id, index);
  });
  const toJoinsNext = units.to.map((unit, index) => {
    const next = units.to[index + 1];
    if (unit.group === undefined) return next !== undefined && next.group === undefined && unit.level === next.level;
    // A kept run on the rewrite's side is the image of one on the original's.
    return keptAlone(unit) && joinsNext[fromIndex.get(unit.group.id)!] === true;
  });
  return { from: split(units.from, joinsNext), to: split(units.to, toJoinsNext) };
}

function split<T>(units: readonly T[], joinsNext: readonly boolean[]): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  units.forEach((unit, index) => {
    run.push(unit);
    if (joinsNext[index] !== true) {
      runs.push(run);
      run = [];
    }
  });
  return runs;
}
