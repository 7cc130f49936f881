/**
 * A version of more sentences than the limit is refused at ingest, naming the file, the count and
 * the limit, in every format; one at the limit is read. (100,000 tiny paragraphs, 890 KB, took two
 * minutes and 3.5 GB to build into a page of 40 MB; sentences packed into few paragraphs cost the
 * same.)
 */
import { describe, expect, test } from 'vitest';
import { documentUnits } from '../../src/analysis/index.ts';
import { comparableDocument } from '../../src/ingest/index.ts';
import { parseArticleSource } from '../../src/ingest/formats.ts';
import { MAX_SENTENCES } from '../../src/ingest/sentence-limit.ts';
import { errorOf } from '../support/ingest-error.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const sentences = (count: number) => Array.from({ length: count }, (_, index) => `Para ${index}.`);
const number = (value: number) => value.toLocaleString('en');

describe('the sentence limit', () => {
  test.each([
    ['a.txt', (body: string[]) => `Headline\n\n${body.join('\n\n')}\n`],
    ['a.md', (body: string[]) => `# Headline\n\n${body.join('\n\n')}\n`],
    [
      'a.html',
      (body: string[]) => `<html><body><h1>Headline</h1>${body.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
    ],
    [
      'a.txt in two paragraphs',
      (body: string[]) => `Headline\n\n${body.join(' ').replaceAll('Para 1999. ', 'Para 1999.\n\n')}\n`,
    ],
  ])('refuses %s of 15,000 sentences by name, with the limit', (name, write) => {
    const file = name.split(' ')[0]!;
    const error = errorOf(() =>
      parseArticleSource({ name: file, path: `sources/long/${file}`, bytes: bytes(write(sentences(15_000))) }),
    );
    expect(error.file).toBe(`sources/long/${file}`);
    expect(error.problem).toContain(`${number(15_001)} sentences`);
    expect(error.problem).toContain(`up to ${number(MAX_SENTENCES)} sentences`);
    expect(error.fix).toMatch(/split the article/u);
  });

  test('counts each list item, and reads a version at the limit', () => {
    // List items are few in any article (at most 300, a limit of their own): the rest are paragraphs.
    const list = sentences(200).map((item) => `- ${item}`);
    const paragraphs = sentences(MAX_SENTENCES - 1 - list.length);
    const body = `${list.join('\n')}\n\n${paragraphs.join('\n\n')}`;
    const atLimit = parseArticleSource({ name: 'a.md', path: 'a.md', bytes: bytes(`# Headline\n\n${body}\n`) });
    expect(documentUnits(comparableDocument(atLimit.document))).toHaveLength(MAX_SENTENCES);
    const over = `# Headline\n\n${body}\n\nOne more sentence.\n`;
    expect(errorOf(() => parseArticleSource({ name: 'a.md', path: 'a.md', bytes: bytes(over) })).problem).toContain(
      `${number(MAX_SENTENCES + 1)} sentences`,
    );
  });
});
