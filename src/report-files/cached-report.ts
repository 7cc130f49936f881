/**
 * A report through the analysis cache on disk: read when it is there (scripts/analyse.ts computes
 * every report the pages show ahead of `astro build`, on every core), else computed and kept there.
 */
import type { ComparableDocument, Report } from '../analysis/index.ts';
import { compareDocuments } from '../analysis/index.ts';
import { analysisCacheDir, readCachedReport, reportKey, writeCachedReport } from './report-cache.ts';

/**
 * The report of `from` with `to`, from the cache, else computed and kept there. Not under
 * `astro dev`: there the analysis code may change while the server runs, and the cache's hash of
 * it is read once per process.
 */
export function cachedReport(from: ComparableDocument, to: ComparableDocument): Report {
  if (import.meta.env?.DEV === true) return compareDocuments(from, to);
  const dir = analysisCacheDir();
  const key = reportKey(from, to);
  const cached = readCachedReport(dir, key);
  if (cached !== undefined) return cached;
  const report = compareDocuments(from, to);
  writeCachedReport(dir, key, report);
  return report;
}
