import { describe, expect, test } from 'vitest';
import { IngestError } from '../../src/ingest/errors.ts';
import { ingestStory } from '../../src/ingest/story.ts';
import type { SourceFile } from '../../src/ingest/story.ts';
import { guardStack } from '../../src/ingest/stack-guard.ts';
import { errorOf } from '../support/ingest-error.ts';

const source = (name: string, text: string): SourceFile => ({
  name,
  path: `content/sources/strike/${name}`,
  bytes: new TextEncoder().encode(text),
  sha256: '0'.repeat(64),
});
const story =
  (...files: SourceFile[]) =>
  () =>
    ingestStory({ name: 'strike', files, config: undefined });
const original = source('a.txt', 'Port strike halts traffic\n\nDock workers walked out on Monday.\n');

// A hang guard, not a speed test.
const GUARD = { timeout: 20_000 };

describe('a file nested deeply enough to exhaust the call stack', () => {
  test('JSON-LD nested 10,000 arrays deep is that file’s named problem, not a crash', GUARD, () => {
    const jsonLd = `{"@type":"NewsArticle","headline":"Port strike","author":${'['.repeat(10_000)}{"name":"Jane Doe"}${']'.repeat(10_000)}}`;
    const page = `<html><head><script type="application/ld+json">${jsonLd}</script></head><body><article><p>Dock workers walked out on Monday, halting traffic.</p></article></body></html>`;
    const error = errorOf(story(original, source('b.html', page)));
    expect(error.file).toBe('content/sources/strike/b.html');
    expect(error.problem).toContain('nests too deeply');
  });

  test('5,000 nested quotes in Markdown are that file’s named problem, not a crash', GUARD, () => {
    const error = errorOf(story(original, source('b.md', `# Port strike\n\n${'>'.repeat(5000)} Deep.\n`)));
    expect(error.file).toBe('content/sources/strike/b.md');
  });
});

describe('guardStack', () => {
  test('passes results and other errors through unchanged', () => {
    expect(guardStack('a.md', () => 3)).toBe(3);
    const other = new RangeError('Invalid array length');
    expect(() =>
      guardStack('a.md', () => {
        throw other;
      }),
    ).toThrow(other);
    expect(() =>
      guardStack('a.md', () => {
        throw new IngestError({ file: 'a.md', problem: 'p', fix: 'f' });
      }),
    ).toThrow(IngestError);
  });
});
