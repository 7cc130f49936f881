import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatterSchema, storySummarySchema } from './article-file/index.ts';

/**
 * The generated articles: content/articles, or <REWORDED_CONTENT>/articles when that names
 * another content folder (tests and benchmarks build sites from temporary ones, never from
 * content/).
 */
const articlesDir =
  process.env['REWORDED_CONTENT'] === undefined ? './content/articles' : `${process.env['REWORDED_CONTENT']}/articles`;

/** Every version of every story, as ingest wrote it: `content/articles/<story>/<version>.md`. */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.md', base: articlesDir }),
  schema: articleFrontmatterSchema,
});

/** One summary per story (title, original, version order): `content/articles/<story>/story.json`. */
const stories = defineCollection({
  loader: glob({
    pattern: '*/story.json',
    base: articlesDir,
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: storySummarySchema,
});

export const collections = { articles, stories };
