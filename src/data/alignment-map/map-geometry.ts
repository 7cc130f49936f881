/**
 * The alignment map as data: a report in, blocks and bands out. Each unit is a block on its side's
 * column, as long as its words (in a long story, a run of neighbours of one fate is one block);
 * each aligned group is a band joining its units across the columns. Lengths are in map units
 * along the columns (0 at the top); the drawing (map-svg.ts) chooses the orientation. No markup
 * here, so that the page, its tests and any later renderer share it.
 */
import type { Level, Report, ReportGroup, ReportUnit } from '../../analysis/index.ts';
import { isListed } from '../../analysis/index.ts';
import { comparisonRows, moveDirection } from '../comparison-rows.ts';
import type { Row } from '../comparison-rows.ts';
import type { UnitName } from './unit-names.ts';
import { unitNames } from './unit-names.ts';
import type { RunUnit } from './map-runs.ts';
import { mapRuns } from './map-runs.ts';

/** A side of the comparison: `from` is the original, `to` the rewrite. */
export type MapSide = 'from' | 'to';

/** What became of a unit: its group's operation, or dropped (original only) or added (rewrite only). */
export type BlockFate = ReportGroup['op'] | 'dropped' | 'added';

/** A stretch along a column, in map units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One unit drawn as a block, or in a long story a run of neighbours of the same fate (map-runs.ts). */
export interface MapBlock extends Span {
  readonly side: MapSide;
  /** The units it draws, in reading order, and their names. */
  readonly units: readonly string[];
  readonly names: readonly UnitName[];
  readonly fate: BlockFate;
  /** Whether its wording changed (a moved unit may be reworded too; dropped and added ones always are). */
  readonly changed: boolean;
  /** The anchor of its first unit's row in the side-by-side view, and the rows' numbers (from 1). */
  readonly anchor: string;
  readonly row: number;
  readonly lastRow: number;
  /** The highest level of the listed findings that point at the unit, if any. */
  readonly level: Level | undefined;
  /** For a moved unit: whether the rewrite put it earlier (up) or later (down) than the original had it. */
  readonly direction: 'up' | 'down' | undefined;
}

/**
 * One aligned group drawn as a band, or a run of them that joins one block to one; a side whose
 * units are not adjacent has several spans.
 */
export interface MapBand {
  readonly groups: readonly string[];
  readonly op: ReportGroup['op'];
  readonly changed: boolean;
  readonly from: readonly Span[];
  readonly to: readonly Span[];
}

/** The whole map: its length (the longer column's) and what to draw. */
export interface MapGeometry {
  readonly length: number;
  /** The least length of a dropped or added block: the drawing's pattern tiles fit in it. */
  readonly markedMin: number;
  readonly blocks: readonly MapBlock[];
  readonly bands: readonly MapBand[];
}

/**
 * The longest a column may be, in map units. The drawing scales this to at most a screen's
 * height, so a story of 10,000 sentences gets a map as tall as one of 60, only finer.
 */
export const MAX_LENGTH = 640;
/** A block's length never falls below this share of the column, so a one-word unit stays visible. */
const MIN_BLOCK = 2;
const GAP = 1;
/**
 * The least length of a dropped or added block, in map units: the drawing's pattern tiles are no
 * longer (map-svg.ts), so that a thin block still shows its hatching or dots.
 */
export const MARKED_MIN = 8;
/** Map units per word at most: a short story gets a short map rather than stretched blocks. */
const MAX_PER_WORD = 1;
/**
 * But no column shorter than this, half the column drawing's width: a story of one short
 * sentence would otherwise draw a sliver a few units high.
 */
export const MIN_LENGTH = 120;
/**
 * Past this many units a side, a unit's share of the column (its block and the gap after it)
 * falls under twice MIN_BLOCK, a few pixels on screen: neighbours of the same fate are then drawn
 * as one block (map-runs.ts), which also keeps the page's markup small.
 */
export const RUNS_ABOVE = MAX_LENGTH / (2 * MIN_BLOCK);

/** What the map needs of a unit before it is laid out. */
interface PlacedUnit extends RunUnit {
  readonly id: string;
  readonly name: UnitName;
  readonly words: number;
  readonly rowIndex: number;
}

/** How to draw: whether to merge runs (by default, when a side has more than RUNS_ABOVE units). */
export interface MapGeometryOptions {
  readonly runs?: boolean | undefined;
}

/** Draws the map of a report (its rows as the page builds them, unless given). */
export function mapGeometry(
  report: Report,
  rows: readonly Row[] = comparisonRows(report),
  options: MapGeometryOptions = {},
): MapGeometry {
  const rowOf = { from: new Map<string, number>(), to: new Map<string, number>() };
  rows.forEach((row, index) => {
    for (const unit of row.from) rowOf.from.set(unit.id, index);
    for (const unit of row.to) rowOf.to.set(unit.id, index);
  });
  const groupOf = { from: new Map<string, ReportGroup>(), to: new Map<string, ReportGroup>() };
  for (const group of report.groups) {
    for (const id of group.from) groupOf.from.set(id, group);
    for (const id of group.to) groupOf.to.set(id, group);
  }
  const levels = findingLevels(report);
  const units = { from: placedUnits('from'), to: placedUnits('to') };
  function placedUnits(side: MapSide): PlacedUnit[] {
    const names = unitNames(report[side].units);
    return report[side].units.map((unit) => ({
      id: unit.id,
      name: names.get(unit.id)!,
      words: wordCount(unit),
      rowIndex: rowOf[side].get(unit.id)!,
      group: groupOf[side].get(unit.id),
      level: levels[side].get(unit.id),
    }));
  }
  const merge = options.runs ?? Math.max(units.from.length, units.to.length) > RUNS_ABOVE;
  const runs = merge ? mapRuns(units) : { from: units.from.map((unit) => [unit]), to: units.to.map((unit) => [unit]) };
  const words = (run: readonly PlacedUnit[]): number => run.reduce((sum, unit) => sum + unit.words, 0);
  const sized = (run: readonly PlacedUnit[]): Sized => ({ words: words(run), marked: run[0]!.group === undefined });
  const scale = columnScale([runs.from.map(sized), runs.to.map(sized)]);

  const blocks: MapBlock[] = [];
  const number = new Map<MapBlock, number>();
  const blockOf = { from: new Map<string, MapBlock>(), to: new Map<string, MapBlock>() };
  let length = 0;
  for (const side of ['from', 'to'] as const) {
    let at = 0;
    for (const run of runs[side]) {
      const first = run[0]!;
      const size = scale.size(sized(run));
      // A move's row links to its other place: below it for the original's row of a unit moved up.
      const towards = moveDirection(rows, first.rowIndex);
      const block: MapBlock = {
        start: at,
        end: at + size,
        side,
        units: run.map((unit) => unit.id),
        names: run.map((unit) => unit.name),
        fate: first.group?.op ?? (side === 'from' ? 'dropped' : 'added'),
        changed: first.group?.changed ?? true,
        anchor: rows[first.rowIndex]!.id,
        row: first.rowIndex + 1,
        lastRow: Math.max(...run.map((unit) => unit.rowIndex)) + 1,
        level: first.level,
        direction: towards === undefined ? undefined : (side === 'from') === (towards === 'up') ? 'up' : 'down',
      };
      number.set(block, blocks.length);
      blocks.push(block);
      for (const unit of run) blockOf[side].set(unit.id, block);
      at += size + scale.gap;
    }
    length = Math.max(length, at - scale.gap);
  }

  // Groups whose units lie in the same blocks (a merged run's) share one band.
  const bands = new Map<string, { groups: string[]; group: ReportGroup; from: Span[]; to: Span[] }>();
  for (const group of report.groups) {
    const from = unique(group.from.map((id) => blockOf.from.get(id)!));
    const to = unique(group.to.map((id) => blockOf.to.get(id)!));
    const key = [...from, ...to].map((block) => number.get(block)!).join(' ');
    const band = bands.get(key);
    if (band === undefined) bands.set(key, { groups: [group.id], group, from, to });
    else band.groups.push(group.id);
  }
  return {
    length: round(length),
    markedMin: Math.floor(scale.markedMin * 10) / 10,
    blocks: blocks.map(roundSpan),
    bands: [...bands.values()].map((band) => ({
      groups: band.groups,
      op: band.group.op,
      changed: band.group.changed,
      from: adjacentSpans(band.from, scale.gap),
      to: adjacentSpans(band.to, scale.gap),
    })),
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** What sets a block's length: its words, and whether it is dropped or added. */
interface Sized {
  readonly words: number;
  readonly marked: boolean;
}

/** How long each block is, the gap between blocks, and the least length of a marked block. */
interface ColumnScale {
  readonly size: (block: Sized) => number;
  readonly gap: number;
  readonly markedMin: number;
}

/**
 * Map units per word, the least length of a block and the gap between blocks, the same for both
 * columns (so equal words are equal lengths on either side), chosen so that neither column
 * passes MAX_LENGTH. Many units leave less room for gaps and minimums: they shrink first. A
 * dropped or added block is at least MARKED_MIN long while there is room, so that it shows a
 * whole tile of its pattern and is told apart by more than its colour.
 */
function columnScale(sides: readonly (readonly Sized[])[]): ColumnScale {
  const most = Math.max(1, ...sides.map((side) => side.length));
  const gap = Math.min(GAP, (0.1 * MAX_LENGTH) / most);
  const min = Math.min(MIN_BLOCK, (0.25 * MAX_LENGTH) / most);
  const mostMarked = Math.max(1, ...sides.map((side) => side.filter((block) => block.marked).length));
  const markedMin = Math.max(min, Math.min(MARKED_MIN, (0.3 * MAX_LENGTH) / mostMarked));
  const perWord = Math.min(
    MAX_PER_WORD,
    ...sides.map((side) => {
      const words = side.reduce((sum, block) => sum + block.words, 0);
      const least = side.reduce((sum, block) => sum + (block.marked ? markedMin : min), 0);
      const room = MAX_LENGTH - least - Math.max(0, side.length - 1) * gap;
      return words === 0 ? MAX_PER_WORD : room / words;
    }),
  );
  // max(markedMin, min + words) <= markedMin + words: the room above holds every block.
  const natural = (block: Sized): number => Math.max(block.marked ? markedMin : min, min + block.words * perWord);
  // A story of a sentence or two is stretched to MIN_LENGTH, every length alike.
  const longest = Math.max(
    ...sides.map((side) => side.reduce((sum, block) => sum + natural(block), 0) + Math.max(0, side.length - 1) * gap),
  );
  const stretch = longest > 0 && longest < MIN_LENGTH ? MIN_LENGTH / longest : 1;
  return {
    size: (block) => natural(block) * stretch,
    gap: gap * stretch,
    markedMin: markedMin * stretch,
  };
}

/** Spans of blocks that touch (one gap apart) joined into one, so a band covers a run at once. */
function adjacentSpans(spans: readonly Span[], gap: number): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const joined: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = joined.at(-1);
    if (last !== undefined && span.start - last.end <= gap * 1.5) last.end = span.end;
    else joined.push({ start: span.start, end: span.end });
  }
  return joined.map(roundSpan);
}

/** The highest level of the listed findings on each unit, by side. */
function findingLevels(report: Report): Record<MapSide, Map<string, Level>> {
  const rank: Record<Level, number> = { low: 0, medium: 1, high: 2 };
  const levels = { from: new Map<string, Level>(), to: new Map<string, Level>() };
  for (const finding of report.findings) {
    if (!isListed(finding)) continue;
    for (const side of ['from', 'to'] as const) {
      for (const unit of finding[side].units) {
        const had = levels[side].get(unit);
        if (had === undefined || rank[finding.level] > rank[had]) levels[side].set(unit, finding.level);
      }
    }
  }
  return levels;
}

function wordCount(unit: ReportUnit): number {
  return unit.text.split(/\s+/u).filter(Boolean).length;
}

/** Two decimals are finer than any screen shows, and keep the page's markup short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundSpan<T extends Span>(span: T): T {
  return { ...span, start: round(span.start), end: round(span.end) };
}
