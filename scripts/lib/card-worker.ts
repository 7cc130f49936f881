/** One thread of scripts/analyse.ts's card step: draws its share of the share cards into the card cache. */
import { workerData } from 'node:worker_threads';
import { analysisCacheDir } from '../../src/report-files/index.ts';
import { readCachedReport } from '../../src/report-files/report-cache.ts';
import type { CardLabels } from '../../src/share-card/index.ts';
import { cachedShareCard } from '../../src/share-card/index.ts';

/** A card to draw: the cache key of the report it shows, and the two versions' labels. */
export interface CardJob {
  readonly reportKey: string;
  readonly labels: CardLabels;
}

const { jobs } = workerData as { jobs: readonly CardJob[] };
const reports = analysisCacheDir();
for (const job of jobs ?? []) {
  // A report that went missing since the main thread read it is left to the card's page route,
  // which draws any card it does not find.
  const report = readCachedReport(reports, job.reportKey);
  if (report !== undefined) await cachedShareCard(job.reportKey, job.labels, () => report);
}
