/**
 * A report through the analysis cache on disk: read when it is there (scripts/analyse.ts computes
 * every report the pages show ahead of `astro build`, on every core), else computed and kept there.
 * A cache that cannot be written does not stop a build: the reports are computed without being
 * kept, and the build says so once.
 */
import type { ComparableDocument, Report } from '../analysis/index.ts';
import { compareDocuments } from '../analysis/index.ts';
import { analysisCacheDir, readCachedReport, reportKey, writeCachedReport } from './report-cache.ts';
import { unwritableCacheWarning } from './unwritable-cache.ts';

// Set at the first write that fails: the next would fail the same way, and say so again.
let unwritable = false;

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
  if (!unwritable) {
    try {
      writeCachedReport(dir, key, report);
    } catch (error) {
      unwritable = true;
      console.warn(unwritableCacheWarning(dir, error));
    }
  }
  return report;
}
