/**
 * compareDocuments: the whole analysis, two documents in, one serialisable report out, in the
 * order of its steps: units, alignment, a word diff per aligned group, emphasis, the report.
 */
import type { AlignOptions } from './align/align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align/align-options.ts';
import { alignUnits } from './align/align-units.ts';
import { findEmphasis } from './emphasis/index.ts';
import { plainFates, plainFinding, plainUnit } from './report/plain-copies.ts';
import { reportGroups } from './report/report-groups.ts';
import type { Report } from './report/report-schema.ts';
import { REPORT_VERSION } from './report/report-version.ts';
import { reportStats } from './report/report-stats.ts';
import { storySummary } from './summary/story-summary.ts';
import type { ComparableDocument, Credits, Unit } from './units/units.ts';
import { documentUnits } from './units/units.ts';
import { headlineInPlace } from './units/headline-place.ts';

/** Compares an original with a rewrite. */
export function compareDocuments(
  from: ComparableDocument,
  to: ComparableDocument,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Report {
  return compareUnits(documentUnits(headlineInPlace(from)), documentUnits(headlineInPlace(to)), options, {
    from: from.credits ?? {},
    to: to.credits ?? {},
  });
}

/** What a comparison knows of each version besides its units. */
export interface VersionCredits {
  readonly from: Credits;
  readonly to: Credits;
}

/** Compares two unit sequences (for pre-segmented text, see `lineUnits`). */
export function compareUnits(
  from: readonly Unit[],
  to: readonly Unit[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  credits: VersionCredits = { from: {}, to: {} },
): Report {
  const { groups, words } = reportGroups(alignUnits(from, to, options), from, to);
  const alignedFrom = new Set(groups.flatMap((group) => group.from));
  const alignedTo = new Set(groups.flatMap((group) => group.to));
  const dropped = from.filter((unit) => !alignedFrom.has(unit.id)).map((unit) => unit.id);
  const added = to.filter((unit) => !alignedTo.has(unit.id)).map((unit) => unit.id);
  const { findings, fates } = findEmphasis({
    from: { units: from, credits: credits.from },
    to: { units: to, credits: credits.to },
    groups,
    dropped,
    added,
  });
  const report: Omit<Report, 'summary'> = {
    version: REPORT_VERSION,
    from: { units: from.map(plainUnit) },
    to: { units: to.map(plainUnit) },
    groups,
    dropped,
    added,
    findings: findings.map(plainFinding),
    fates: plainFates(fates),
    stats: reportStats(from, to, groups, words, dropped, added),
  };
  // The summary reads the finished report (and the credits, which the report does not hold).
  return { ...report, summary: storySummary(report, credits) };
}
