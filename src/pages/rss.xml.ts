/** rss.xml: the stories as an RSS 2.0 feed, newest first (src/data/feeds.ts). */
import type { APIRoute } from 'astro';
import { rssFeed } from '../data/feeds.ts';
import { siteFeed } from '../data/site-feed.ts';
import { sitePath } from '../data/site-path.ts';

export const GET: APIRoute = async ({ site }) => {
  const feed = await siteFeed(site);
  return new Response(rssFeed(feed.entries, feed.site, sitePath()), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
};
