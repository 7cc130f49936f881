/**
 * The comparison engine: pure functions from two documents to a serialisable report. The exports
 * follow the steps of a comparison: units, alignment, word diff, emphasis and the report, then the
 * overview of a story of several versions.
 */

// The whole comparison, two documents (or two unit sequences) in, one report out.
export type { VersionCredits } from './compare.ts';
export { compareDocuments, compareUnits } from './compare.ts';

// Units and their tokens.
export type { Block, ComparableDocument, Credits, Unit, UnitKind } from './units/units.ts';
export { documentUnits, lineUnits, unitsText } from './units/units.ts';
export type { Token, TokenKind } from './units/tokenize.ts';
export { tokenize } from './units/tokenize.ts';

// Alignment.
export type { AlignOptions } from './align/align-options.ts';
export { DEFAULT_ALIGN_OPTIONS } from './align/align-options.ts';
export type { UnitGroup } from './align/aligned-group.ts';
export type { UnitAlignment } from './align/align-units.ts';
export { alignUnits } from './align/align-units.ts';

// Word diff.
export type { GroupDiff, Segment, UnitDiff } from './diff/word-diff.ts';

// Emphasis.
export type { Change, ChangeOf, Finding, FindingKind, Level, Mark, MarkCategory } from './emphasis/index.ts';
export { CHANGES, isKeptQuotation, isListed, LISTED_SALIENCE } from './emphasis/index.ts';
export type { Fates, FigureFate, NameFate, QuotationFate } from './emphasis/index.ts';

// The report.
export type {
  Report,
  ReportFates,
  ReportFinding,
  ReportGroup,
  ReportSummary,
  ReportUnit,
  SideStats,
} from './report/report-schema.ts';
export { REPORT_VERSION } from './report/report-version.ts';

// A story of three or more versions.
export type {
  Exclusive,
  Fate,
  OverviewKind,
  OverviewRow,
  PairReport,
  StoryOverview,
  VersionReport,
  VersionStanding,
} from './overview.ts';
export { storyOverview } from './overview.ts';
