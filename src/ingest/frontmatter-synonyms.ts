/**
 * The names one frontmatter field goes by. Reworded's own names come first; the others are what
 * Astro, Jekyll, Hugo and Eleventy sites write (`title`, `description`, `summary`, `authors`,
 * `publisher`, `source`, `pubDate`, `lastmod`, …), so that a post copied from such a site is read
 * without editing. IGNORED names the keys such sites write that say nothing of the article's text.
 */

/** Each field: how messages name it, and its keys, the first being Reworded's own. */
export const SYNONYMS = [
  { field: 'the headline', keys: ['headline', 'title'] },
  { field: 'the standfirst', keys: ['standfirst', 'description', 'summary'] },
  { field: 'the byline', keys: ['byline', 'author', 'authors'] },
  { field: 'the publication date', keys: ['date', 'published', 'pubDate', 'publishDate'] },
  { field: 'the update date', keys: ['updated', 'updatedDate', 'lastmod', 'last_modified_at', 'modified'] },
  { field: 'the outlet', keys: ['outlet', 'publisher', 'source'] },
] as const;

/**
 * Keys that Astro, Jekyll, Hugo and Eleventy posts carry for the site, not the article (its page
 * layout, tags, draft flag, address, picture, order): accepted, left out with one warning naming
 * them. Anything else unknown stays an error, so that a misspelt key ("titel") is never dropped.
 */
export const IGNORED = [
  'layout',
  'tags',
  'categories',
  'draft',
  'permalink',
  'slug',
  'image',
  'heroImage',
  'aliases',
  'weight',
  'excerpt',
  'lang',
] as const;

/** Two keys of one field whose values differ, the first in the order above. */
export interface KeyConflict {
  readonly field: string;
  readonly first: string;
  readonly second: string;
}

/**
 * The first pair of keys naming one field with different values, or undefined. `sameness` says
 * what a value means (a date's moment, a list's names), so that `date: 2025-11-24` beside
 * `published: "2025-11-24"`, or `byline: Jane Doe` beside `authors: [Jane Doe]`, is no conflict.
 */
export function conflictingKeys<Value>(
  data: Readonly<Record<string, Value | undefined>>,
  sameness: (value: Value) => string,
): KeyConflict | undefined {
  for (const { field, keys } of SYNONYMS) {
    const given = keys.filter((key) => data[key] !== undefined);
    const [first] = given;
    if (first === undefined) continue;
    const meaning = sameness(data[first] as Value);
    const second = given.find((key) => sameness(data[key] as Value) !== meaning);
    if (second !== undefined) return { field, first, second };
  }
  return undefined;
}
