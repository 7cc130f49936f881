/**
 * The share-card step of scripts/analyse.ts: with every report in the analysis cache, the card
 * of each comparison a page shows is drawn into the card cache (src/share-card/card-cache.ts) on
 * every core, and the cards no page names any more are removed. Drawing is most of a card's cost,
 * and Astro renders its routes one at a time; the card route then reads each, and draws any it
 * does not find. A card folder that cannot be used is said once, and the build goes on without
 * it: the route draws every card itself.
 */
import { readdir, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { cardLabels } from '../../src/data/card-labels.ts';
import type { Story } from '../../src/data/assemble-stories.ts';
import { shownPairs } from '../../src/data/comparison-pairs.ts';
import { reportKeyFor } from '../../src/data/story-reports.ts';
import { hasCachedReport, openReportCache, unwritableCacheWarning } from '../../src/report-files/index.ts';
import { cardCacheDir, cardKey, hasCachedCard, isStaleCardFile } from '../../src/share-card/card-cache.ts';
import type { CardJob } from './card-worker.ts';
import { onThreads } from './on-threads.ts';

/** What the step did. */
export interface CardsDrawn {
  readonly drawn: number;
  readonly removed: number;
}

/** Draws the missing cards of the stories' shown comparisons and removes the stale ones. */
export async function drawShareCards(
  stories: readonly Story<{ readonly body: string }>[],
  reportDir: string,
): Promise<CardsDrawn> {
  const dir = cardCacheDir();
  try {
    openReportCache(dir);
  } catch (error) {
    console.warn(unwritableCacheWarning(dir, error, 'cards'));
    return { drawn: 0, removed: 0 };
  }
  const wanted = new Set<string>();
  // By card key: two stories of the same texts and labels share a card, drawn once.
  const jobs = new Map<string, CardJob>();
  for (const story of stories) {
    for (const { from, to } of shownPairs(story)) {
      // A job names its report, which its worker reads: no thread holds every report of the site.
      const reportKey = reportKeyFor(from, to);
      const labels = cardLabels(from, to);
      const key = cardKey(reportKey, labels);
      wanted.add(key);
      if (!jobs.has(key) && hasCachedReport(reportDir, reportKey) && !hasCachedCard(dir, key))
        jobs.set(key, { reportKey, labels });
    }
  }
  // A card takes about 50 ms to draw: a worker (its module load and resvg's start) pays off past a few.
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.size / 4)));
  if (jobs.size > 0) await onThreads(new URL('./card-worker.ts', import.meta.url), [...jobs.values()], threads);

  let removed = 0;
  let refused: Error | undefined;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || !isStaleCardFile(dir, entry.name, wanted)) continue;
    try {
      await rm(path.join(dir, entry.name), { force: true });
      removed += 1;
    } catch (error) {
      refused ??= error instanceof Error ? error : new Error(String(error));
    }
  }
  // A stale card left behind only takes space: said once, and the build goes on.
  if (refused !== undefined)
    console.warn(`warning: ${dir}: stale share cards could not be removed (${refused.message}).`);
  return { drawn: jobs.size, removed };
}
