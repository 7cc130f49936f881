/**
 * Nothing the user wrote is lost: every word of each source file, in order, is in the generated
 * document (frontmatter text fields, then the body), and no word is made up.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ingestStory } from '../../src/ingest/story.ts';
import { blockTexts, readGenerated } from '../support/markdown.ts';
import { readStoryFolder, ROOT } from '../support/seed.ts';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const words = (text: string): string[] =>
  [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);

/** The document's text in reading order: header fields as the plain-text format orders them, then the body. */
function documentText(markdown: string): string[] {
  const { data, body } = readGenerated(markdown);
  const source = data['source'] as { lines?: { byline?: string; published?: string; updated?: string } };
  const image = data['image'] as { caption?: string; credit?: string } | undefined;
  const header = [
    data['headline'],
    data['standfirst'],
    source.lines?.byline,
    source.lines?.published,
    source.lines?.updated,
    image?.caption,
    image?.credit,
  ];
  return [...header.filter((field): field is string => typeof field === 'string'), ...blockTexts(body)];
}

const story = ingestStory(await readStoryFolder());
const articles = story.files.filter((file) => file.path.endsWith('.md'));

describe('ingest loses nothing', () => {
  test.each(articles.map((file) => [file.path, file.content]))(
    '%s holds every word of its source, in order',
    (_, content) => {
      const { data } = readGenerated(content);
      const sourcePath = (data['source'] as { path: string }).path;
      const sourceWords = words(readFileSync(`${ROOT}${sourcePath}`, 'utf8'));
      expect(sourceWords.length).toBeGreaterThan(400);
      expect(documentText(content).flatMap(words)).toEqual(sourceWords);
    },
  );
});
