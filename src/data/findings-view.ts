/**
 * The findings as the comparison page shows them: the ones worth a reader's attention, grouped by
 * kind in the order a reader cares about, each with the anchor of its row; and each unit's marks,
 * cut into its diff segments so that a marked word keeps its deletion or insertion.
 */
import type { MarkCategory, Report, ReportFinding, Segment } from '../analysis/index.ts';
import { isListed } from '../analysis/index.ts';
import type { Row } from './comparison-rows.ts';

/** Kinds as the page groups them, in order. */
const SECTIONS: readonly { readonly title: string; readonly kinds: readonly ReportFinding['kind'][] }[] = [
  { title: 'Headline and lead', kinds: ['framing'] },
  { title: 'Quotations', kinds: ['quotation'] },
  { title: 'Opinion and tone', kinds: ['tone'] },
  { title: 'Sources', kinds: ['attribution'] },
  { title: 'Certainty and intensity', kinds: ['hedge', 'booster'] },
  { title: 'Reporting verbs', kinds: ['reporting-verb'] },
  { title: 'Names and figures', kinds: ['name', 'number'] },
  { title: 'Left out and added', kinds: ['omission', 'addition'] },
  { title: 'Structure', kinds: ['structure'] },
];

/** A finding as listed on the page. */
export interface FindingItem {
  readonly id: string;
  readonly level: ReportFinding['level'];
  readonly explanation: string;
  /** The row to link to, when the finding sits in the text. */
  readonly anchor: string | undefined;
}

/** A group of findings under one title. */
export interface FindingSection {
  readonly title: string;
  readonly items: readonly FindingItem[];
}

/** The findings worth showing, by section; sections without findings are left out. */
export function findingSections(report: Report, rows: readonly Row[]): FindingSection[] {
  const shown = report.findings.filter(isListed);
  // The row each unit is shown in, by side; a moved group's original place comes first, so it wins.
  const rowOf = { from: new Map<string, string>(), to: new Map<string, string>() };
  for (const row of rows) {
    for (const unit of row.from) if (!rowOf.from.has(unit.id)) rowOf.from.set(unit.id, row.id);
    for (const unit of row.to) if (!rowOf.to.has(unit.id)) rowOf.to.set(unit.id, row.id);
  }
  // The row where the finding's marked words are shown: a moved group's rewrite side is a row of
  // its own, apart from its original side.
  const anchor = (finding: ReportFinding): string | undefined => {
    const markedSide = finding.marks[0]?.side;
    const viaFrom = rowOf.from.get(finding.from.units[0] ?? '');
    const viaTo = rowOf.to.get(finding.to.units[0] ?? '');
    return markedSide === 'to' && finding.marks.every((mark) => mark.side === 'to')
      ? (viaTo ?? viaFrom)
      : (viaFrom ?? viaTo);
  };
  return SECTIONS.map(({ title, kinds }) => ({
    title,
    items: shown
      .filter((finding) => kinds.includes(finding.kind))
      .map((finding) => ({
        id: finding.id,
        level: finding.level,
        explanation: finding.explanation,
        anchor: anchor(finding),
      })),
  })).filter((section) => section.items.length > 0);
}

/** A stretch of a unit's text: its diff op, and the mark on it if any. */
export interface MarkedSegment extends Segment {
  readonly mark: MarkCategory | undefined;
  /** True for the last stretch of a mark (a mark across a diff edge comes in several stretches). */
  readonly markEnds: boolean;
}

/** A mark on a unit's text. */
export interface UnitMark {
  readonly start: number;
  readonly end: number;
  readonly category: MarkCategory;
}

/**
 * Each side's marks by unit id, from the findings the page shows, and from every quotation (kept
 * ones too: a reader sees at a glance what is quoted on each side).
 */
export function unitMarks(report: Report): { from: Map<string, UnitMark[]>; to: Map<string, UnitMark[]> } {
  const marks = { from: new Map<string, UnitMark[]>(), to: new Map<string, UnitMark[]>() };
  for (const finding of report.findings) {
    if (!isListed(finding) && finding.kind !== 'quotation') continue;
    for (const mark of finding.marks) {
      const list = marks[mark.side].get(mark.unit) ?? [];
      list.push({ start: mark.start, end: mark.end, category: mark.category });
      marks[mark.side].set(mark.unit, list);
    }
  }
  return marks;
}

/**
 * Cuts a unit's diff segments at its marks. Marks that overlap an earlier one are left out (a
 * word carries one mark); the text of the segments is unchanged, only cut.
 */
export function markSegments(segments: readonly Segment[], marks: readonly UnitMark[]): MarkedSegment[] {
  const ordered = [...marks].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: typeof ordered = [];
  for (const mark of ordered) if (mark.start < mark.end && (kept.at(-1)?.end ?? -1) <= mark.start) kept.push(mark);
  const result: MarkedSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = offset;
    const end = offset + segment.text.length;
    offset = end;
    // Cut points inside this segment: every mark edge that falls within it.
    const cuts = new Set([start, end]);
    for (const mark of kept) {
      if (mark.start > start && mark.start < end) cuts.add(mark.start);
      if (mark.end > start && mark.end < end) cuts.add(mark.end);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let index = 0; index + 1 < points.length; index += 1) {
      const from = points[index]!;
      const to = points[index + 1]!;
      const mark = kept.find((candidate) => candidate.start <= from && to <= candidate.end);
      result.push({
        op: segment.op,
        text: segment.text.slice(from - start, to - start),
        mark: mark?.category,
        markEnds: mark?.end === to,
      });
    }
  }
  return result;
}
