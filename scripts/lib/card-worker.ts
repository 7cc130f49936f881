/** One thread of scripts/analyse.ts's card step: draws its share of the share cards into the card cache. */
import { workerData } from 'node:worker_threads';
import type { Report } from '../../src/analysis/index.ts';
import type { CardLabels } from '../../src/share-card/index.ts';
import { cachedShareCard } from '../../src/share-card/index.ts';

/** A card to draw: the report it shows and the two versions' labels. */
export interface CardJob {
  readonly report: Report;
  readonly labels: CardLabels;
}

const { jobs } = workerData as { jobs: readonly CardJob[] };
for (const job of jobs ?? []) await cachedShareCard(job.report, job.labels);
