/**
 * compareDocuments: the whole analysis, two documents in, one serialisable report out, in the
 * order of its steps: units, alignment, a word diff per aligned group, emphasis, the report.
 */
import type { AlignOptions } from './align/align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from './align/align-options.ts';
import { alignUnits } from './align/align-units.ts';
import { findEmphasis } from './emphasis/index.ts';
import { plainFinding, plainUnit } from './report/plain-copies.ts';
import { reportGroups } from './report/report-groups.ts';
import type { Report } from './report/report-schema.ts';
import { REPORT_VERSION } from './report/report-schema.ts';
import { reportStats } from './report/report-stats.ts';
import type { ComparableDocument, Credits, Unit } from './units/units.ts';
import { documentUnits } from './units/units.ts';

/** Compares an original with a rewrite. */
export function compareDocuments(
  original: ComparableDocument,
  rewrite: ComparableDocument,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Report {
  return compareUnits(documentUnits(original), documentUnits(rewrite), options, { a: original.credits ?? {}, b: rewrite.credits ?? {} });
}

/** What a comparison knows of each version besides its units. */
export interface VersionCredits {
  readonly a: Credits;
  readonly b: Credits;
}

/** Compares two unit sequences (for pre-segmented text, see `lineUnits`). */
export function compareUnits(
  a: readonly Unit[],
  b: readonly Unit[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  credits: VersionCredits = { a: {}, b: {} },
): Report {
  const { groups, words } = reportGroups(alignUnits(a, b, options), a, b);
  const alignedA = new Set(groups.flatMap((group) => group.a));
  const alignedB = new Set(groups.flatMap((group) => group.b));
  const dropped = a.filter((unit) => !alignedA.has(unit.id)).map((unit) => unit.id);
  const added = b.filter((unit) => !alignedB.has(unit.id)).map((unit) => unit.id);
  const findings = findEmphasis({ a: { units: a, credits: credits.a }, b: { units: b, credits: credits.b }, groups, dropped, added });
  return {
    version: REPORT_VERSION,
    a: { units: a.map(plainUnit) },
    b: { units: b.map(plainUnit) },
    groups,
    dropped,
    added,
    findings: findings.map(plainFinding),
    stats: reportStats(a, b, groups, words, dropped, added),
  };
}
