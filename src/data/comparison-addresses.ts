/** Where a story's comparisons live on the site: each pair's page and its report JSON. */
import type { Story } from './assemble-stories.ts';
import { hasOverview } from './comparison-pairs.ts';
import { sitePath } from './site-path.ts';

/** The page that compares two versions: the story page when it is the story's only comparison. */
export function comparisonPath(story: Story<unknown>, from: string, to: string): string {
  return hasOverview(story)
    ? sitePath(`stories/${story.slug}/compare/${from}/${to}/`)
    : sitePath(`stories/${story.slug}/`);
}

/**
 * The report JSON of two versions: `<version>.json` for the original with a version (the address
 * every story has), `compare/<from>/<to>.json` for any other pair.
 */
export function reportPath(story: Story<unknown>, from: string, to: string): string {
  return from === story.original.data.version
    ? sitePath(`stories/${story.slug}/${to}.json`)
    : sitePath(`stories/${story.slug}/compare/${from}/${to}.json`);
}

/**
 * The share card (Open Graph image) of a page that shows two versions compared: beside the pair's
 * report, under compare/ for every pair, since a story of two versions has its comparison on the
 * story page and no folder of its own to put the card in.
 */
export function cardPath(story: Story<unknown>, from: string, to: string): string {
  return sitePath(`stories/${story.slug}/compare/${from}/${to}.png`);
}
