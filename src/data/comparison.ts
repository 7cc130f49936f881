/**
 * A comparison of two versions as the pages need it: the analysis report of their generated
 * Markdown, computed with the same code as `npm run compare`.
 */
import type { Report } from '../analysis/index.ts';
import type { ArticleFrontmatter } from '../article-file/index.ts';
import { comparableArticle } from '../article-file/index.ts';
import { cachedReport } from '../report-files/index.ts';

/** What a comparison needs of a version: its frontmatter and its Markdown body. */
export interface ComparableVersion {
  readonly data: ArticleFrontmatter;
  readonly body: string;
}

/**
 * Reports already in memory in this build, by story and pair. Several pages show the same
 * comparison (the story page, its JSON, the index, the feeds); each is analysed once. The inputs
 * are kept beside the report so that a changed article (under `astro dev`) is analysed again.
 */
const computed = new Map<string, { readonly from: ComparableVersion; readonly to: ComparableVersion; readonly report: Report }>();

/** Compares two versions of a story: `from` (usually the original) with `to`. */
export function compareVersions(from: ComparableVersion, to: ComparableVersion): Report {
  const key = `${from.data.story}/${from.data.version}/${to.data.version}`;
  const hit = computed.get(key);
  if (hit !== undefined && sameVersion(hit.from, from) && sameVersion(hit.to, to)) return hit.report;
  const report = cachedReport(comparableArticle(from.data, from.body), comparableArticle(to.data, to.body));
  computed.set(key, { from, to, report });
  return report;
}

function sameVersion(a: ComparableVersion, b: ComparableVersion): boolean {
  return a.body === b.body && JSON.stringify(a.data) === JSON.stringify(b.data);
}
