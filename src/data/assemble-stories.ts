import type { ArticleFrontmatter, StorySummary } from '../article-file/index.ts';

/** A version as the pages need it: its frontmatter and its entry, kept opaque for rendering. */
export interface VersionEntry<Entry> {
  readonly data: ArticleFrontmatter;
  readonly entry: Entry;
}

/** A story with its versions in order, the original first among equals. */
export interface Story<Entry> {
  readonly slug: string;
  readonly title: string;
  readonly original: VersionEntry<Entry>;
  /** Every version, in the story's order (the original included). */
  readonly versions: readonly VersionEntry<Entry>[];
  /** The versions compared with the original, in order. */
  readonly rewrites: readonly VersionEntry<Entry>[];
}

/**
 * Joins story summaries with their article entries. Pure, so that it is tested without Astro;
 * a summary that names a version with no article is a bug in ingest, and it fails loudly here.
 */
export function assembleStories<Entry>(
  summaries: readonly StorySummary[],
  articles: readonly VersionEntry<Entry>[],
): Story<Entry>[] {
  const bySlug = new Map(articles.map((article) => [`${article.data.story}/${article.data.version}`, article]));
  const stories = summaries.map((summary) => {
    const versions = summary.versions.map((slug) => {
      const version = bySlug.get(`${summary.slug}/${slug}`);
      if (version === undefined)
        throw new Error(`Story "${summary.slug}" lists version "${slug}", which has no article.`);
      return version;
    });
    const original = versions.find((version) => version.data.version === summary.original);
    if (original === undefined)
      throw new Error(`Story "${summary.slug}" names an original that is not among its versions.`);
    return {
      slug: summary.slug,
      title: summary.title,
      original,
      versions,
      rewrites: versions.filter((version) => version !== original),
    };
  });
  return stories.sort(byNewestThenTitle);
}

/** Newest original first; undated stories after dated ones; then by title. */
function byNewestThenTitle<Entry>(a: Story<Entry>, b: Story<Entry>): number {
  const dateA = a.original.data.published ?? '';
  const dateB = b.original.data.published ?? '';
  if (dateA !== dateB) return dateA < dateB ? 1 : -1;
  return a.title.localeCompare(b.title, 'en');
}
