/** One thread of scripts/analyse.ts: computes its share of the reports into the cache, as the pages would. */
import { workerData } from 'node:worker_threads';
import type { VersionEntry } from '../../src/data/assemble-stories.ts';
import { fillReportCache } from '../../src/data/story-reports.ts';

/** A report to compute: its cache key and its two versions. */
export interface Job {
  readonly key: string;
  readonly from: VersionEntry<{ readonly body: string }>;
  readonly to: VersionEntry<{ readonly body: string }>;
}

const { jobs } = workerData as { jobs: readonly Job[] };
for (const job of jobs ?? []) fillReportCache(job.from, job.to);
