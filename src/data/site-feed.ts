/**
 * The feeds' stories and addresses for this build: every story with its comparison's summary, and
 * the absolute addresses the feeds need (none without SITE). Shared by rss.xml and feed.json.
 */
import type { FeedEntry, FeedSite } from './feeds.ts';
import { storySummary } from './feeds.ts';
import { sitePath } from './site-path.ts';
import { getStories } from './stories.ts';
import { reportFor } from './story-reports.ts';

/** Every story as a feed entry, with the feed's addresses when `site` (Astro's `site`) is known. */
export async function siteFeed(site: URL | undefined): Promise<{ entries: FeedEntry[]; site: FeedSite | undefined }> {
  const absolute = (path: string) => (site === undefined ? sitePath(path) : new URL(sitePath(path), site).href);
  const entries = (await getStories()).map((story) => {
    const rewrite = story.rewrites[0];
    const report = rewrite === undefined ? undefined : reportFor(story, story.original, rewrite);
    return {
      title: story.title,
      url: absolute(`stories/${story.slug}/`),
      published: story.original.data.published,
      summary: storySummary(story, report),
    };
  });
  return {
    entries,
    site:
      site === undefined ? undefined : { home: absolute(''), rss: absolute('rss.xml'), json: absolute('feed.json') },
  };
}
