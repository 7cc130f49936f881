/**
 * A long story for the browser tests of the alignment map: about 200 sentences a side, a synthetic
 * rewrite (scripts/lib/synthetic-pair.ts) that drops, adds, moves and rewords sentences as the seed's
 * rewrite does. Written as plain-text article files into a story folder, so that it goes through
 * the same ingest and build as any story; deterministic, so its screenshots compare run to run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticPair } from '../../scripts/lib/synthetic-pair.ts';

/** The long story's slug. */
export const LONG_STORY = 'long-story';

/** Writes the long story into a sources folder. */
export function writeLongStory(sources: string): void {
  // About 35 words a sentence in the early addresses: 7,600 words are about 200 sentences.
  // Seed 2 moves two sentences far enough for the aligner to call them moves (not every seed does).
  const pair = syntheticPair(7_600, 2);
  const folder = path.join(sources, LONG_STORY);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, '000_original.txt'), `A long address, as first reported\n\n${pair.originalText}\n`);
  writeFileSync(path.join(folder, '001_rewrite.txt'), `A long address, as rewritten\n\n${pair.rewriteText}\n`);
}
