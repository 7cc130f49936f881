/** One thread of scripts/analyse.ts: computes its share of the reports into the cache. */
import { workerData } from 'node:worker_threads';
import type { ComparableDocument } from '../../src/analysis/index.ts';
import { compareDocuments } from '../../src/analysis/index.ts';
import { writeCachedReport } from '../../src/report-files/index.ts';

/** A report to compute: its cache key and the two documents. */
export interface Job {
  readonly key: string;
  readonly from: ComparableDocument;
  readonly to: ComparableDocument;
}

const { jobs, cacheDir } = workerData as { jobs: readonly Job[]; cacheDir: string };
for (const job of jobs ?? []) writeCachedReport(cacheDir, job.key, compareDocuments(job.from, job.to));
