/**
 * One comparable document per article, whichever way it is read: the analysis cache is keyed by
 * JSON.stringify of the two documents, so a page that built its document differently from
 * `analyse` would miss every report computed ahead, without a word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, test } from 'vitest';
import type { ComparableDocument } from '../../src/analysis/index.ts';
import { articleFrontmatterSchema, comparableArticle, readArticleFile } from '../../src/article-file/index.ts';
import { versionDocument } from '../../src/data/story-reports.ts';
import { comparableDocument, ingestStory } from '../../src/ingest/index.ts';
import type { StoryFolder } from '../../src/ingest/index.ts';
import { parseArticleSource } from '../../src/ingest/formats.ts';
import { ROOT, readStoryFolder, SEED_STORY_DIR } from '../support/seed.ts';

const fixtureStories = path.join(ROOT, 'tests/fixtures/stories');
const formats = path.join(ROOT, 'tests/fixtures/formats');

/** A story of the format fixtures that read: Markdown frontmatter, and pages with standfirsts, bylines and photo credits. */
const formatsStory: StoryFolder = {
  name: 'formats',
  config: undefined,
  files: [
    'markdown/full-frontmatter.md',
    'markdown/author-alias.markdown',
    'markdown/heading-headline.md',
    ...readdirSync(path.join(formats, 'html')).map((name) => `html/${name}`),
  ].map((file, index) => ({
    name: `${index}-${path.basename(file)}`,
    path: `tests/fixtures/formats/${file}`,
    bytes: readFileSync(path.join(formats, file)),
    sha256: '0'.repeat(64),
  })),
};

const folders = async (): Promise<StoryFolder[]> => [
  await readStoryFolder(SEED_STORY_DIR),
  ...(await Promise.all(readdirSync(fixtureStories).map((name) => readStoryFolder(path.join(fixtureStories, name))))),
  formatsStory,
];

/**
 * A generated file as the pages hold it: Astro's content layer reads a `.md` entry with this same
 * function (its frontmatter by js-yaml, YAML 1.1), trims the body, and checks the data with the
 * collection's schema; the pages then ask reportFor, which takes each version's document here.
 */
function asThePagesReadIt(text: string): ComparableDocument {
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  return versionDocument({ data: articleFrontmatterSchema.parse(frontmatter), entry: { body: content.trim() } });
}

describe('an article as ingest writes it', async () => {
  const stories = await folders();
  const articles = stories.flatMap((folder) => {
    const generated = ingestStory(folder).files.filter((file) => file.path.endsWith('.md'));
    return generated.map((file) => {
      const sourcePath = readArticleFile(file.content, file.path).frontmatter.source.path;
      const source = folder.files.find((candidate) => candidate.path === sourcePath);
      if (source === undefined) throw new Error(`${file.path}: no source ${sourcePath}`);
      return { name: file.path, source, text: file.content };
    });
  });

  test('the articles have standfirsts, bylines, photo credits, section headings and lists', () => {
    const documents = articles
      .map(({ text, name }) => readArticleFile(text, name))
      .map(({ frontmatter, body }) => comparableArticle(frontmatter, body));
    expect(documents.some((document) => document.standfirst !== undefined)).toBe(true);
    expect(documents.some((document) => document.credits?.byline !== undefined)).toBe(true);
    expect(documents.some((document) => document.credits?.photo !== undefined)).toBe(true);
    expect(documents.some((document) => document.body.some((block) => block.type === 'heading'))).toBe(true);
    expect(documents.some((document) => document.body.some((block) => block.type === 'list'))).toBe(true);
  });

  test.each(articles.map((article) => [article.name, article] as const))(
    '%s: read back from its file, as the pages hold it, and before it was written, it is one document',
    (_, { name, source, text }) => {
      const { frontmatter, body } = readArticleFile(text, name);
      const fromFile = comparableArticle(frontmatter, body);
      const inMemory = comparableDocument(parseArticleSource(source).document);
      // The cache key is JSON.stringify of the document: equal strings, not only equal values.
      expect(JSON.stringify(asThePagesReadIt(text))).toBe(JSON.stringify(fromFile));
      expect(JSON.stringify(inMemory)).toBe(JSON.stringify(fromFile));
    },
  );
});
