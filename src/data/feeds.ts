/**
 * The site's feeds of stories, newest first: RSS 2.0 (an xast tree, serialised) and JSON Feed 1.1.
 * Both need absolute addresses; a build that does not know the site's origin (SITE) writes feeds
 * that list no story and say why, as sitemap.xml does, rather than addresses a reader cannot open.
 * A feed's text holds no markup, so an article's directional controls cannot be isolated there: they
 * are shown as visible escapes (./bidi-controls.ts), as in page titles, and reorder nothing.
 */
import { x } from 'xastscript';
import type { Report } from '../analysis/index.ts';
import { isListed } from '../analysis/index.ts';
import type { Story } from './assemble-stories.ts';
import { visibleBidiControls } from './bidi-controls.ts';
import { publishedTime } from './published-time.ts';
import { onLines, xmlDocument } from './xml.ts';

/** One story in a feed. */
export interface FeedEntry {
  readonly title: string;
  /** The comparison page's absolute address; also the entry's id. */
  readonly url: string;
  /** The original's `published` (ISO 8601), if dated. */
  readonly published: string | undefined;
  readonly summary: string;
}

/** The feed's own addresses, absolute; undefined when the site's origin is unknown. */
export interface FeedSite {
  readonly home: string;
  readonly rss: string;
  readonly json: string;
}

const TITLE = 'Reworded';
const DESCRIPTION = 'New stories on Reworded: how a news story changed when it was rewritten.';
/** Said in a feed built without SITE, in place of its stories. */
export const NO_SITE_NOTE =
  'This copy of Reworded was built without its address (SITE), so its feed cannot link to its stories and lists none.';

/**
 * What a story's entry says: the comparison's top finding (the one its page and link previews lead
 * with), else a plain sentence naming the versions.
 */
export function storySummary<Entry>(story: Story<Entry>, report: Report | undefined): string {
  const top = report?.findings.find(isListed)?.explanation;
  if (top !== undefined) return top;
  const original = story.original.data.label;
  if (story.rewrites.length === 0) return `One version so far: ${original}.`;
  return `${original} compared with ${story.rewrites.map((rewrite) => rewrite.data.label).join(', ')}.`;
}

/** Entries newest first; undated stories last, then by title. */
export function sortEntries(entries: readonly FeedEntry[]): FeedEntry[] {
  const time = (entry: FeedEntry) =>
    entry.published === undefined ? undefined : publishedTime(entry.published)?.epoch;
  return [...entries].sort((a, b) => {
    const [ta, tb] = [time(a), time(b)];
    if (ta !== tb) return ta === undefined ? 1 : tb === undefined ? -1 : tb - ta;
    return a.title.localeCompare(b.title, 'en');
  });
}

/** The RSS 2.0 feed. Without `site` it lists nothing, and its channel links to the site's path only. */
export function rssFeed(entries: readonly FeedEntry[], site: FeedSite | undefined, homePath: string): string {
  const items =
    site === undefined
      ? []
      : sortEntries(entries).map((entry) => {
          const date = entry.published === undefined ? undefined : publishedTime(entry.published)?.rfc822;
          return x(
            'item',
            onLines(
              [
                x('title', visibleBidiControls(entry.title)),
                x('link', entry.url),
                x('guid', { isPermaLink: 'true' }, entry.url),
                x('description', visibleBidiControls(entry.summary)),
                ...(date === undefined ? [] : [x('pubDate', date)]),
              ],
              3,
            ),
          );
        });
  const channel = x(
    'channel',
    onLines(
      [
        x('title', TITLE),
        x('link', site?.home ?? homePath),
        x('description', site === undefined ? `${DESCRIPTION} ${NO_SITE_NOTE}` : DESCRIPTION),
        x('language', 'en'),
        ...(site === undefined ? [] : [x('atom:link', { href: site.rss, rel: 'self', type: 'application/rss+xml' })]),
        ...items,
      ],
      2,
    ),
  );
  return xmlDocument(x('rss', { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom' }, onLines([channel], 1)));
}

/** A JSON Feed 1.1 document (an object, to be serialised with JSON.stringify). */
export function jsonFeed(entries: readonly FeedEntry[], site: FeedSite | undefined): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: TITLE,
    ...(site === undefined
      ? { description: `${DESCRIPTION} ${NO_SITE_NOTE}` }
      : { home_page_url: site.home, feed_url: site.json, description: DESCRIPTION }),
    language: 'en',
    items:
      site === undefined
        ? []
        : sortEntries(entries).map((entry) => {
            const date = entry.published === undefined ? undefined : publishedTime(entry.published)?.rfc3339;
            return {
              id: entry.url,
              url: entry.url,
              title: visibleBidiControls(entry.title),
              summary: visibleBidiControls(entry.summary),
              content_text: visibleBidiControls(entry.summary),
              ...(date === undefined ? {} : { date_published: date }),
            };
          }),
  };
}
