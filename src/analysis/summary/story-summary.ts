/**
 * The story-level summary: a few plain sentences a reader reads before any finding, computed from
 * the report: what kind of rewrite this is (how much is kept, reworded, dropped and added, and
 * where), the headline, the tone, and the sourcing. It is not a finding and has no salience: it
 * says what the report as a whole shows, and every number in it is one the report's units and
 * groups give back.
 */
import { emphasisContext } from '../emphasis/context.ts';
import type { Report, ReportSummary } from '../report/report-schema.ts';
import type { Credits } from '../units/units.ts';
import { headlineSummary } from './headline.ts';
import { bodyCounts, shapeSentences } from './shape.ts';
import { sourcingSummary } from './sourcing.ts';
import { toneSummary } from './tone.ts';

/** What the summary reads: the report without its summary, and each version's credits (not in the report). */
export type SummaryInput = Omit<Report, 'summary'>;

/** The summary of a report. */
export function storySummary(
  report: SummaryInput,
  credits: { readonly from: Credits; readonly to: Credits } = { from: {}, to: {} },
): ReportSummary {
  // The units worked out as the findings see them (words, quotations, reporting verbs), so that
  // the summary reads a name, a headline or a run of dropped sentences as the findings do.
  const context = emphasisContext({
    from: { units: report.from.units, credits: credits.from },
    to: { units: report.to.units, credits: credits.to },
    groups: report.groups,
    dropped: report.dropped,
    added: report.added,
  });
  const body = bodyCounts(report);
  const headline = headlineSummary(context);
  const tone = toneSummary(report);
  const sourcing = sourcingSummary(context, report.findings);
  const sentences = [...shapeSentences(context, body), headline.sentence, tone.sentence, sourcing.sentence].filter(
    (sentence): sentence is string => sentence !== undefined,
  );
  return { sentences, body, headline: headline.headline, tone: tone.tone, sourcing: sourcing.sourcing };
}
