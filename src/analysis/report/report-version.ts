/**
 * Version of the report format; readers should refuse a version they do not know. Bump it whenever
 * a field changes meaning or goes away. Version 4: each finding's change is an enum of its kind,
 * and the report records the fates of quotations, names and figures.
 *
 * Kept apart from the schema so that making a report (in the build, or in a reader's browser) does
 * not carry the schema's validator along.
 */
export const REPORT_VERSION = 4;
