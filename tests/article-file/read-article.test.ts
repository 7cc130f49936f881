/** Generated article files read back, and the frontmatter fences every Markdown reader cuts at. */
import { describe, expect, test } from 'vitest';
import {
  ArticleFileError,
  articleFileText,
  readArticleFile,
  readComparedArticle,
  splitFrontmatter,
} from '../../src/article-file/index.ts';
import type { ArticleFrontmatter } from '../../src/article-file/index.ts';
import { yamlBomb } from '../support/yaml-bomb.ts';

const frontmatter: ArticleFrontmatter = {
  story: 'talks',
  version: 'wire',
  label: 'Wire',
  original: true,
  order: 0,
  headline: 'Talks resume in Geneva',
  byline: 'Jane Doe',
  image: { credit: 'AFP' },
  source: { path: 'content/sources/talks/wire.txt', sha256: '0'.repeat(64), format: 'plain-text' },
};

describe('splitFrontmatter', () => {
  test.each([
    ['no frontmatter', 'Text.', { yaml: undefined, body: 'Text.', bodyLine: 1 }],
    ['a closing ---', '---\na: 1\n---\nText.', { yaml: 'a: 1\n', body: 'Text.', bodyLine: 4 }],
    [
      'a closing ... and CRLF line ends',
      '---\r\na: 1\r\n...\r\nText.',
      { yaml: 'a: 1\r\n', body: 'Text.', bodyLine: 4 },
    ],
    ['spaces after the fences', '--- \na: 1\n---  \n\nText.', { yaml: 'a: 1\n', body: '\nText.', bodyLine: 4 }],
  ])('%s', (_, text, split) => {
    expect(splitFrontmatter(text)).toEqual(split);
  });

  test('a fence that is never closed is no split at all', () => {
    expect(splitFrontmatter('---\na: 1\n\nText.')).toBeUndefined();
  });
});

describe('readArticleFile', () => {
  test('gives back the frontmatter and the body ingest wrote', () => {
    const text = articleFileText(frontmatter, [{ type: 'paragraph', text: 'Delegates met on Monday.' }]);
    expect(readArticleFile(text, 'talks/wire.md')).toEqual({ frontmatter, body: '\nDelegates met on Monday.\n' });
  });

  test.each([
    ['no frontmatter', 'Delegates met on Monday.', 'talks/wire.md: it has no frontmatter between "---" lines.'],
    [
      'YAML that does not parse',
      '---\nheadline: "Talks\n---\nText.',
      'talks/wire.md: the frontmatter is not valid YAML',
    ],
    [
      'an alias bomb edited into the frontmatter',
      articleFileText(frontmatter, []).replace('---\n', `---\n${yamlBomb('note')}`),
      'talks/wire.md: the frontmatter, from line 3: its aliases (*name) repeat anchored values',
    ],
    [
      'a field of the wrong type',
      articleFileText({ ...frontmatter, order: -1 }, []),
      'talks/wire.md: the frontmatter\'s "order" does not match the schema',
    ],
  ])('%s is an error whose fix is to generate the file again', (_, text, message) => {
    const read = () => readArticleFile(text, 'talks/wire.md');
    expect(read).toThrow(ArticleFileError);
    expect(read).toThrow(message);
    expect(read).toThrow('Fix: run `npm run ingest`');
  });
});

describe('readComparedArticle', () => {
  // A person may annotate a generated file, or keep one an older ingest wrote: it still compares.
  const annotated = articleFileText({ ...frontmatter, order: -1, note: 'checked by the desk' } as ArticleFrontmatter, [
    { type: 'paragraph', text: 'Delegates met on Monday.' },
  ]);

  test('reads the compared fields whatever else the frontmatter holds', () => {
    expect(() => readArticleFile(annotated, 'talks/wire.md')).toThrow(ArticleFileError);
    const { frontmatter: read, body } = readComparedArticle(annotated, 'talks/wire.md');
    expect([read.headline, read.byline, read.image?.credit, body]).toEqual([
      'Talks resume in Geneva',
      'Jane Doe',
      'AFP',
      '\nDelegates met on Monday.\n',
    ]);
  });

  test('still refuses a compared field of the wrong type, naming it', () => {
    const text = articleFileText({ ...frontmatter, headline: 12 } as unknown as ArticleFrontmatter, []);
    expect(() => readComparedArticle(text, 'talks/wire.md')).toThrow(
      'talks/wire.md: the frontmatter\'s "headline" does not match the schema',
    );
  });
});
