/**
 * The only place that reads the content collections. Pages ask for stories here and get them
 * joined, ordered and typed; everything they compute from a story lives in pure modules beside this.
 */
import { getCollection } from 'astro:content';
import type { CollectionEntry } from 'astro:content';
import { assembleStories } from './assemble-stories.ts';
import type { Story, VersionEntry } from './assemble-stories.ts';

/** A version of a story, with its collection entry for `render()`. */
export type Version = VersionEntry<CollectionEntry<'articles'>>;

/** A story of the site. */
export type SiteStory = Story<CollectionEntry<'articles'>>;

/** Every story, newest first. */
export async function getStories(): Promise<SiteStory[]> {
  const [summaries, articles] = await Promise.all([getCollection('stories'), getCollection('articles')]);
  return assembleStories(
    summaries.map((summary) => summary.data),
    articles.map((entry) => ({ data: entry.data, entry })),
  );
}
