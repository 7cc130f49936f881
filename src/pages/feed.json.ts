/** feed.json: the stories as a JSON Feed 1.1, newest first (src/data/feeds.ts). */
import type { APIRoute } from 'astro';
import { jsonFeed } from '../data/feeds.ts';
import { siteFeed } from '../data/site-feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const feed = await siteFeed(site);
  return new Response(`${JSON.stringify(jsonFeed(feed.entries, feed.site), null, 2)}\n`, {
    headers: { 'content-type': 'application/feed+json; charset=utf-8' },
  });
};
