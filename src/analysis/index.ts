/** The comparison engine: pure functions from two documents to a serialisable report. */
export type { AlignOptions } from './align.ts';
export { DEFAULT_ALIGN_OPTIONS } from './align.ts';
export type { UnitAlignment, UnitGroup } from './align-units.ts';
export { alignUnits } from './align-units.ts';
export { compareDocuments, compareUnits } from './report.ts';
export type { Finding, FindingKind, Level, Mark, MarkCategory } from './emphasis/index.ts';
export { isKeptQuotation, isListed, LISTED_SALIENCE } from './emphasis/index.ts';
export type { VersionCredits } from './report.ts';
export type { Report, ReportFinding, ReportGroup, ReportUnit, SideStats } from './report-schema.ts';
export { REPORT_VERSION, reportSchema } from './report-schema.ts';
export type { Block, ComparableDocument, Credits, Unit, UnitKind } from './units.ts';
export { documentUnits, lineUnits, unitsText } from './units.ts';
export type { GroupDiff, Segment, UnitDiff } from './word-diff.ts';
export type { Exclusive, Fate, OverviewKind, OverviewRow, PairReport, StoryOverview, VersionReport, VersionStanding } from './overview.ts';
export { storyOverview } from './overview.ts';
