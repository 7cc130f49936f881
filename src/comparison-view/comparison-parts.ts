/**
 * A comparison as the trees its page shows, from the report alone: the build renders them into
 * each comparison page and the browser's comparison page into the page it is on, so the two can
 * never differ. Each part is a hast tree (hastscript) whose article text is only ever text nodes;
 * the per-version details stay with the page, which knows the story.
 */
import type { Element } from 'hast';
import type { Report } from '../analysis/index.ts';
import { isKeptQuotation } from '../analysis/index.ts';
import { comparisonRows } from '../data/comparison-rows.ts';
import { findingSections, unitMarks } from '../data/findings-view.ts';
import { alignmentMap } from './alignment-map.ts';
import { atAGlance } from './at-a-glance.ts';
import { comparisonIntro } from './intro.ts';
import { sideBySide } from './side-by-side.ts';
import type { SideLabels } from './side-labels.ts';
import { whatChanged } from './what-changed.ts';

/** What a comparison is drawn from. */
export interface ComparisonInput {
  readonly report: Report;
  readonly labels: SideLabels;
  /** Where the report JSON is published (linked from "What changed" and "At a glance"). */
  readonly reportUrl: string;
  /** True when neither side is the story's original: the intro then says who is who. */
  readonly betweenRewrites: boolean;
}

/** The parts of a comparison page, in reading order. */
export interface ComparisonParts {
  readonly intro: Element;
  readonly map: Element;
  readonly whatChanged: Element;
  readonly atAGlance: Element;
  readonly sideBySide: Element;
}

/** Every part of a comparison, built from one set of rows so that the map, the findings and the rows agree. */
export function comparisonParts({ report, labels, reportUrl, betweenRewrites }: ComparisonInput): ComparisonParts {
  const rows = comparisonRows(report);
  const sections = findingSections(report, rows);
  const shown = sections.reduce((sum, section) => sum + section.items.length, 0);
  const findingRows = new Set(
    sections.flatMap((section) => section.items.flatMap((item) => (item.anchor === undefined ? [] : [item.anchor]))),
  );
  const kept = report.findings.filter(isKeptQuotation).length;
  return {
    intro: comparisonIntro(labels, betweenRewrites),
    map: alignmentMap({ report, rows, labels }),
    whatChanged: whatChanged({
      summary: report.summary.sentences,
      sections,
      minor: report.findings.length - shown - kept,
      kept,
      reportUrl,
    }),
    atAGlance: atAGlance({ stats: report.stats, labels, reportUrl }),
    sideBySide: sideBySide({ rows, labels, marks: unitMarks(report), findingRows }),
  };
}
