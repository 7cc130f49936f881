/**
 * Which comparisons a story publishes, where each lives, and the overview across its versions.
 *
 * A story of two versions is one comparison, shown on the story page itself. A story of three or
 * more has an overview on its story page and a page for every ordered pair of versions (the
 * original with each version, and any two versions with each other), so that a reader can pick
 * any two from pages generated at build time.
 */
import type { Report, StoryOverview } from '../analysis/index.ts';
import { storyOverview } from '../analysis/index.ts';
import type { Story, VersionEntry } from './assemble-stories.ts';
import { compareVersions } from './comparison.ts';
import { sitePath } from './site-path.ts';

/** What a comparison reads of a version's collection entry: its Markdown body. */
type WithBody = { readonly body?: string | undefined };

/** Two versions of a story in the order they are compared: `from` is side a. */
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

/** The page that compares two versions: the story page when it is the story's only comparison. */
export function comparisonPath(story: Story<unknown>, from: string, to: string): string {
  return hasOverview(story) ? sitePath(`stories/${story.slug}/compare/${from}/${to}/`) : sitePath(`stories/${story.slug}/`);
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

/** The report of two versions of a story (computed once per build). */
export function compareEntries<Entry extends WithBody>(from: VersionEntry<Entry>, to: VersionEntry<Entry>): Report {
  return compareVersions({ data: from.data, body: from.entry.body ?? '' }, { data: to.data, body: to.entry.body ?? '' });
}

/** The overview of a story: every version against the original, and the versions with each other. */
export function overviewOf<Entry extends WithBody>(story: Story<Entry>): StoryOverview {
  const comparisons = story.rewrites.map((version) => ({ version: version.data.version, report: compareEntries(story.original, version) }));
  const between = story.rewrites.flatMap((from, index) =>
    story.rewrites.slice(index + 1).map((to) => ({ from: from.data.version, to: to.data.version, report: compareEntries(from, to) })),
  );
  return storyOverview(comparisons, between);
}
