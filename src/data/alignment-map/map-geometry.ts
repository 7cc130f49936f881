/**
 * The alignment map as data: a report in, blocks and bands out. Each unit is a block on its side's
 * column, as long as its words; each aligned group is a band joining its units across the columns.
 * Lengths are in map units along the columns (0 at the top); the drawing (map-svg.ts) chooses the
 * orientation. No markup here, so that the page, its tests and any later renderer share it.
 */
import type { Level, Report, ReportGroup, ReportUnit } from '../../analysis/index.ts';
import { isListed } from '../../analysis/index.ts';
import { comparisonRows, moveDirection } from '../comparison-rows.ts';
import type { Row } from '../comparison-rows.ts';
import type { UnitName } from './unit-names.ts';
import { unitNames } from './unit-names.ts';

/** A side of the comparison: `from` is the original, `to` the rewrite. */
export type MapSide = 'from' | 'to';

/** What became of a unit: its group's operation, or dropped (original only) or added (rewrite only). */
export type BlockFate = ReportGroup['op'] | 'dropped' | 'added';

/** A stretch along a column, in map units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One unit drawn as a block. */
export interface MapBlock extends Span {
  readonly side: MapSide;
  readonly unit: string;
  readonly name: UnitName;
  readonly fate: BlockFate;
  /** Whether its wording changed (a moved unit may be reworded too; dropped and added ones always are). */
  readonly changed: boolean;
  /** The anchor of its row in the side-by-side view, and that row's number (from 1). */
  readonly anchor: string;
  readonly row: number;
  /** The highest level of the listed findings that point at the unit, if any. */
  readonly level: Level | undefined;
  /** For a moved unit: whether the rewrite put it earlier (up) or later (down) than the original had it. */
  readonly direction: 'up' | 'down' | undefined;
}

/** One aligned group drawn as a band; a side whose units are not adjacent has several spans. */
export interface MapBand {
  readonly group: string;
  readonly op: ReportGroup['op'];
  readonly changed: boolean;
  readonly from: readonly Span[];
  readonly to: readonly Span[];
}

/** The whole map: its length (the longer column's) and what to draw. */
export interface MapGeometry {
  readonly length: number;
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
/** Map units per word at most: a short story gets a short map rather than stretched blocks. */
const MAX_PER_WORD = 1;

/** Draws the map of a report (its rows as the page builds them, unless given). */
export function mapGeometry(report: Report, rows: readonly Row[] = comparisonRows(report)): MapGeometry {
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
  const words = { from: report.from.units.map(wordCount), to: report.to.units.map(wordCount) };
  const scale = columnScale([words.from, words.to]);

  const blocks: MapBlock[] = [];
  const spanOf = { from: new Map<string, Span>(), to: new Map<string, Span>() };
  let length = 0;
  for (const side of ['from', 'to'] as const) {
    const names = unitNames(report[side].units);
    let at = 0;
    report[side].units.forEach((unit, index) => {
      const size = scale.min + words[side][index]! * scale.perWord;
      const group = groupOf[side].get(unit.id);
      const rowIndex = rowOf[side].get(unit.id)!;
      const row = rows[rowIndex]!;
      // A move's row links to its other place: below it for the original's row of a unit moved up.
      const towards = moveDirection(rows, rowIndex);
      const block: MapBlock = {
        start: at,
        end: at + size,
        side,
        unit: unit.id,
        name: names.get(unit.id)!,
        fate: group?.op ?? (side === 'from' ? 'dropped' : 'added'),
        changed: group?.changed ?? true,
        anchor: row.id,
        row: rowIndex + 1,
        level: levels[side].get(unit.id),
        direction: towards === undefined ? undefined : (side === 'from') === (towards === 'up') ? 'up' : 'down',
      };
      blocks.push(block);
      spanOf[side].set(unit.id, block);
      at += size + scale.gap;
    });
    length = Math.max(length, at - scale.gap);
  }

  const bands = report.groups.map((group) => ({
    group: group.id,
    op: group.op,
    changed: group.changed,
    from: adjacentSpans(
      group.from.map((id) => spanOf.from.get(id)!),
      scale.gap,
    ),
    to: adjacentSpans(
      group.to.map((id) => spanOf.to.get(id)!),
      scale.gap,
    ),
  }));
  return { length: round(length), blocks: blocks.map(roundSpan), bands };
}

/**
 * Map units per word, the least length of a block and the gap between blocks, the same for both
 * columns (so equal words are equal lengths on either side), chosen so that neither column
 * passes MAX_LENGTH. Many units leave less room for gaps and minimums: they shrink first.
 */
function columnScale(sides: readonly (readonly number[])[]): { perWord: number; min: number; gap: number } {
  const most = Math.max(1, ...sides.map((side) => side.length));
  const gap = Math.min(GAP, (0.1 * MAX_LENGTH) / most);
  const min = Math.min(MIN_BLOCK, (0.25 * MAX_LENGTH) / most);
  const perWord = Math.min(
    MAX_PER_WORD,
    ...sides.map((side) => {
      const words = side.reduce((sum, count) => sum + count, 0);
      const room = MAX_LENGTH - side.length * min - Math.max(0, side.length - 1) * gap;
      return words === 0 ? MAX_PER_WORD : room / words;
    }),
  );
  return { perWord, min, gap };
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
