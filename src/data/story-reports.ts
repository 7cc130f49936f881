/**
 * The reports a story's pages show: of two of its versions, and the overview across them. Every
 * page, both feeds and `npm run analyse` ask here, so a report is computed from the same documents,
 * under the same cache key, wherever it is asked for.
 */
import type { ComparableDocument, Report, StoryOverview } from '../analysis/index.ts';
import { storyOverview } from '../analysis/index.ts';
import { comparableArticle } from '../article-file/index.ts';
import { cachedReport, reportKey } from '../report-files/index.ts';
import type { Story, VersionEntry } from './assemble-stories.ts';

/** What a report reads of a version's entry besides its frontmatter: its Markdown body. */
export type WithBody = { readonly body?: string | undefined };

/**
 * Reports already in memory in this build, by story and pair. Several pages show the same
 * comparison (the story page, its JSON, the index, the feeds); each is analysed once. The versions
 * are kept beside the report so that a changed article (under `astro dev`) is analysed again.
 */
const computed = new Map<
  string,
  { readonly from: VersionEntry<WithBody>; readonly to: VersionEntry<WithBody>; readonly report: Report }
>();

/** The document the analysis compares of a version: its article file's, from frontmatter and body. */
export function versionDocument(version: VersionEntry<WithBody>): ComparableDocument {
  return comparableArticle(version.data, version.entry.body ?? '');
}

/** The key under which the analysis cache keeps the report of two versions. */
export function reportKeyFor(from: VersionEntry<WithBody>, to: VersionEntry<WithBody>): string {
  return reportKey(versionDocument(from), versionDocument(to));
}

/**
 * The report of two versions of a story, `from` (usually the original) with `to`: from memory,
 * else from the analysis cache, else computed and kept there. Of the story, only its slug is read.
 */
export function reportFor<Entry extends WithBody>(
  story: Pick<Story<Entry>, 'slug'>,
  from: VersionEntry<Entry>,
  to: VersionEntry<Entry>,
): Report {
  const key = `${story.slug}/${from.data.version}/${to.data.version}`;
  const hit = computed.get(key);
  if (hit !== undefined && sameVersion(hit.from, from) && sameVersion(hit.to, to)) return hit.report;
  const report = cachedReport(versionDocument(from), versionDocument(to));
  computed.set(key, { from, to, report });
  return report;
}

/**
 * Computes the report of two versions into the analysis cache without keeping it in memory:
 * `analyse` fills the cache with every report of every story, which the pages then read from
 * there, so holding them here too would only grow each worker by all it computed.
 */
export function fillReportCache(from: VersionEntry<WithBody>, to: VersionEntry<WithBody>): void {
  cachedReport(versionDocument(from), versionDocument(to));
}

/** The overview of a story: every version against the original, and the versions with each other. */
export function overviewOf<Entry extends WithBody>(story: Story<Entry>): StoryOverview {
  const comparisons = story.rewrites.map((version) => ({
    version: version.data.version,
    report: reportFor(story, story.original, version),
  }));
  const between = story.rewrites.flatMap((from, index) =>
    story.rewrites
      .slice(index + 1)
      .map((to) => ({ from: from.data.version, to: to.data.version, report: reportFor(story, from, to) })),
  );
  return storyOverview(comparisons, between);
}

function sameVersion(known: VersionEntry<WithBody>, asked: VersionEntry<WithBody>): boolean {
  return known.entry.body === asked.entry.body && JSON.stringify(known.data) === JSON.stringify(asked.data);
}
