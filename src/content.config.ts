import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatterSchema, storySummarySchema } from './ingest/article-frontmatter.ts';

/** Every version of every story, as ingest wrote it: `content/articles/<story>/<version>.md`. */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/articles' }),
  schema: articleFrontmatterSchema,
});

/** One summary per story (title, original, version order): `content/articles/<story>/story.json`. */
const stories = defineCollection({
  loader: glob({
    pattern: '*/story.json',
    base: './content/articles',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: storySummarySchema,
});

export const collections = { articles, stories };
