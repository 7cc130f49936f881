import { describe, expect, test } from 'vitest';
import type { Story } from '../../src/data/assemble-stories.ts';
import type { SortableRow } from '../../src/data/story-list.ts';
import {
  compareRows,
  DEFAULT_STATE,
  describeList,
  isShown,
  outletsOf,
  parseListState,
  similarityPercent,
  sortRows,
  storyRow,
  writeListState,
} from '../../src/data/story-list.ts';
import type { ArticleFrontmatter } from '../../src/article-file/index.ts';

const version = (story: string, slug: string, label: string, extra: Partial<ArticleFrontmatter> = {}) => ({
  entry: undefined,
  data: {
    story,
    version: slug,
    label,
    original: false,
    order: 0,
    headline: `${story} ${slug}`,
    source: { path: `${story}/${slug}.txt`, sha256: '0'.repeat(64), format: 'plain-text' as const },
    ...extra,
  },
});

/** A story of an original and rewrites, each given as [slug, label] (labels the user gave). */
function story(slug: string, published: string | undefined, rewrites: [string, string][]): Story<undefined> {
  const original = version(slug, 'original', 'Wire report', {
    original: true,
    labelGiven: true,
    ...(published === undefined ? {} : { published }),
  });
  const others = rewrites.map(([rewrite, label]) => version(slug, rewrite, label, { labelGiven: true }));
  return { slug, title: `Title of ${slug}`, original, versions: [original, ...others], rewrites: others };
}

const row = (
  title: string,
  time: number | undefined,
  change: number | undefined,
  outlets: string[] = [],
): SortableRow => ({ title, time, change, outlets });

describe('storyRow', () => {
  test("gives the date, every outlet once, and each rewrite's similarity", () => {
    const similarities: Record<string, number> = { a: 0.63, b: 0.9 };
    const result = storyRow(
      story('talks', '2025-11-24T21:44+05:30', [
        ['a', 'Daily Paper'],
        ['b', 'Wire report'],
      ]),
      (rewrite) => similarities[rewrite.data.version]!,
    );
    expect(result).toEqual({
      slug: 'talks',
      title: 'Title of talks',
      published: '2025-11-24T21:44+05:30',
      time: Date.UTC(2025, 10, 24, 16, 14),
      change: 1 - 0.63,
      outlets: ['Wire report', 'Daily Paper'],
      changes: [
        { label: 'Daily Paper', version: 'a', similarity: 0.63 },
        { label: 'Wire report', version: 'b', similarity: 0.9 },
      ],
    });
  });

  test("takes the outlets from the versions' outlets, and a label only when the user gave it", () => {
    const original = version('talks', 'reuters-3-march', 'Reuters, 3 March', { original: true, outlet: 'Reuters' });
    const versions = [
      original,
      version('talks', 'reuters-4-march', 'Reuters, 4 March', { outlet: 'Reuters' }),
      version('talks', 'rewrite', 'Rewrite'),
      version('talks', 'version-4', 'Version 4'),
      version('talks', 'gazette', 'Harbour Gazette', { labelGiven: true }),
      version('talks', 'bbc', 'My favourite', { labelGiven: true, outlet: 'BBC' }),
    ];
    const result = storyRow(
      { slug: 'talks', title: 'Talks', original, versions, rewrites: versions.slice(1) },
      () => 0.5,
    );
    expect(result.outlets).toEqual(['Reuters', 'Harbour Gazette', 'BBC']);
  });

  test('leaves the date and the change undefined for an undated story with one version', () => {
    const result = storyRow(story('single', undefined, []), () => 1);
    expect([result.time, result.change, result.changes]).toEqual([undefined, undefined, []]);
  });
});

describe('sorting', () => {
  const rows = [
    row('Banana', Date.UTC(2025, 0, 2), 0.4),
    row('apple', undefined, 0.1),
    row('Cherry', Date.UTC(2025, 0, 1), undefined),
    row('Date', Date.UTC(2025, 0, 3), 0.4),
  ];
  const titles = (sort: Parameters<typeof sortRows>[1]) => sortRows(rows, sort).map((item) => item.title);

  test('newest and oldest first keep undated stories last', () => {
    expect(titles('newest')).toEqual(['Date', 'Banana', 'Cherry', 'apple']);
    expect(titles('oldest')).toEqual(['Cherry', 'Banana', 'Date', 'apple']);
  });

  test('most and least changed keep stories without a rewrite last, ties by title', () => {
    expect(titles('most-changed')).toEqual(['Banana', 'Date', 'apple', 'Cherry']);
    expect(titles('least-changed')).toEqual(['apple', 'Banana', 'Date', 'Cherry']);
  });

  test('title order ignores case', () => {
    expect(titles('title')).toEqual(['apple', 'Banana', 'Cherry', 'Date']);
  });

  test('does not change the rows it is given', () => {
    const before = rows.map((item) => item.title);
    sortRows(rows, 'title');
    expect(rows.map((item) => item.title)).toEqual(before);
  });

  test('every order is total: equal rows compare as 0', () => {
    expect(compareRows('newest')(row('Same', 1, 0.5), row('Same', 1, 0.5))).toBe(0);
  });
});

describe('the outlet filter', () => {
  test('offers every outlet once, alphabetically', () => {
    expect(outletsOf([row('a', 1, 0, ['Reuters', 'BBC']), row('b', 1, 0, ['BBC', 'AP'])])).toEqual([
      'AP',
      'BBC',
      'Reuters',
    ]);
  });

  test('shows a story with a version from the outlet, or every story without one', () => {
    const item = row('a', 1, 0, ['Reuters', 'BBC']);
    expect(isShown(item, { sort: 'newest', outlet: 'BBC' })).toBe(true);
    expect(isShown(item, { sort: 'newest', outlet: 'AP' })).toBe(false);
    expect(isShown(item, DEFAULT_STATE)).toBe(true);
  });
});

describe('the state in the address', () => {
  const outlets = ['BBC', 'Reuters & Co'];

  test('reads a sort and an outlet', () => {
    expect(parseListState(new URLSearchParams('sort=most-changed&outlet=Reuters+%26+Co'), outlets)).toEqual({
      sort: 'most-changed',
      outlet: 'Reuters & Co',
    });
  });

  test('falls back to the default for unknown values', () => {
    expect(parseListState(new URLSearchParams('sort=random&outlet=Nobody'), outlets)).toEqual(DEFAULT_STATE);
    expect(parseListState(new URLSearchParams(''), outlets)).toEqual(DEFAULT_STATE);
  });

  test('writes only what differs from the default, keeping other parameters, and reads back the same', () => {
    const state = { sort: 'title', outlet: 'Reuters & Co' } as const;
    const query = writeListState(state, new URLSearchParams('view=inline&sort=oldest'));
    expect(query.toString()).toBe('view=inline&sort=title&outlet=Reuters+%26+Co');
    expect(parseListState(query, outlets)).toEqual(state);
    expect(writeListState(DEFAULT_STATE, new URLSearchParams('sort=oldest&outlet=BBC')).toString()).toBe('');
  });
});

describe('describeList', () => {
  test('says how many stories are shown, from which outlet, in which order', () => {
    expect(describeList(5, 5, DEFAULT_STATE)).toBe('Showing all 5 stories, newest first.');
    expect(describeList(1, 1, DEFAULT_STATE)).toBe('Showing 1 story, newest first.');
    expect(describeList(0, 1, { sort: 'newest', outlet: 'AP' })).toBe(
      'Showing 0 of 1 story, with a version from AP, newest first.',
    );
    expect(describeList(2, 5, { sort: 'title', outlet: 'BBC' })).toBe(
      'Showing 2 of 5 stories, with a version from BBC, by title.',
    );
  });
});

test('similarityPercent rounds to a whole percentage', () => {
  expect([0, 0.634, 0.635, 1].map(similarityPercent)).toEqual([0, 63, 64, 100]);
});
