/**
 * Reports kept as files: the analysis cache that `npm run analyse` fills and the pages read. The one
 * module under src/ that reads and writes files itself (the pages read articles through Astro's
 * content collections).
 */
export { cachedReport } from './cached-report.ts';
export { analysisCacheDir, hasCachedReport, openReportCache, reportKey } from './report-cache.ts';
export { unwritableCacheWarning } from './unwritable-cache.ts';
