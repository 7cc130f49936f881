/** One thread of scripts/analyse.ts: computes its share of the reports into the cache, as the pages would. */
import { workerData } from 'node:worker_threads';
import type { VersionEntry } from '../../src/data/assemble-stories.ts';
import { reportFor } from '../../src/data/story-reports.ts';

/** A report to compute: its cache key, and the story (by slug) and its two versions. */
export interface Job {
  readonly key: string;
  readonly story: { readonly slug: string };
  readonly from: VersionEntry<{ readonly body: string }>;
  readonly to: VersionEntry<{ readonly body: string }>;
}

const { jobs } = workerData as { jobs: readonly Job[] };
for (const job of jobs ?? []) reportFor(job.story, job.from, job.to);
