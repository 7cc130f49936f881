import { describe, expect, test } from 'vitest';
import { assembleStories } from '../../src/data/assemble-stories.ts';
import type { ArticleFrontmatter } from '../../src/article-file/index.ts';

const article = (story: string, version: string, extra: Partial<ArticleFrontmatter> = {}) => ({
  entry: `${story}/${version}`,
  data: {
    story,
    version,
    label: version,
    original: false,
    order: 0,
    headline: `${story} ${version}`,
    source: { path: `${story}/${version}.txt`, sha256: '0'.repeat(64), format: 'plain-text' as const },
    ...extra,
  },
});

describe('assembleStories', () => {
  test('orders versions as the summary says and splits off the original', () => {
    const [story] = assembleStories(
      [{ slug: 's', title: 'S', original: 'b', versions: ['b', 'a', 'c'] }],
      [article('s', 'a'), article('s', 'c'), article('s', 'b'), article('other', 'a')],
    );
    expect(story?.versions.map((version) => version.entry)).toEqual(['s/b', 's/a', 's/c']);
    expect(story?.original.entry).toBe('s/b');
    expect(story?.rewrites.map((version) => version.entry)).toEqual(['s/a', 's/c']);
  });

  test('lists the newest story first, undated ones last, then by title', () => {
    const stories = assembleStories(
      [
        { slug: 'old', title: 'Old', original: 'a', versions: ['a'] },
        { slug: 'undated', title: 'Undated', original: 'a', versions: ['a'] },
        { slug: 'new', title: 'New', original: 'a', versions: ['a'] },
      ],
      [
        article('old', 'a', { published: '2024-01-01' }),
        article('undated', 'a'),
        article('new', 'a', { published: '2025-11-24T21:44+05:30' }),
      ],
    );
    expect(stories.map((story) => story.slug)).toEqual(['new', 'old', 'undated']);
  });

  test('fails loudly when a summary names a version that has no article', () => {
    expect(() =>
      assembleStories([{ slug: 's', title: 'S', original: 'a', versions: ['a', 'b'] }], [article('s', 'a')]),
    ).toThrow(/lists version "b", which has no article/);
  });
});
