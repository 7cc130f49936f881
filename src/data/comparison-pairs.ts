/**
 * Which comparisons a story publishes: pure, from the number and order of its versions.
 *
 * A story of two versions is one comparison, shown on the story page itself. A story of three or
 * more has an overview on its story page and a page for every ordered pair of versions (the
 * original with each version, and any two versions with each other), so that a reader can pick
 * any two from pages generated at build time.
 */
import type { Story, VersionEntry } from './assemble-stories.ts';

/** Two versions of a story in the order they are compared: `from` is the side compared with. */
export interface VersionPair<Entry> {
  readonly from: VersionEntry<Entry>;
  readonly to: VersionEntry<Entry>;
}

/** True when the story shows an overview and publishes a page per pair of versions. */
export function hasOverview(story: Story<unknown>): boolean {
  return story.versions.length >= 3;
}

/** Every ordered pair of distinct versions with a page of its own, in the story's order. */
export function comparisonPairs<Entry>(story: Story<Entry>): VersionPair<Entry>[] {
  if (!hasOverview(story)) return [];
  return story.versions.flatMap((from) => story.versions.filter((to) => to !== from).map((to) => ({ from, to })));
}

/**
 * Every pair of versions any page analyses: the original with each version (the story page, the
 * index, the feeds, the report JSON) and, for a story of three or more, every ordered pair.
 * scripts/analyse.ts computes these ahead of the pages.
 */
export function analysedPairs<Entry>(story: Story<Entry>): VersionPair<Entry>[] {
  const withOriginal = story.rewrites.map((to) => ({ from: story.original, to }));
  return [...withOriginal, ...comparisonPairs(story).filter((pair) => pair.from !== story.original)];
}

/**
 * The pairs whose comparison a page shows, each with a share card: a story of two versions shows
 * its one comparison on the story page; a story of three or more, every pair on a page of its own.
 */
export function shownPairs<Entry>(story: Story<Entry>): VersionPair<Entry>[] {
  if (hasOverview(story)) return comparisonPairs(story);
  return story.rewrites.slice(0, 1).map((to) => ({ from: story.original, to }));
}
