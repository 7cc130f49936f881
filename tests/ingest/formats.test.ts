import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { articleFrontmatterSchema } from '../../src/article-file/index.ts';
import { ARTICLE_FILE, parseArticleSource, sourceFormat } from '../../src/ingest/formats.ts';
import { isoDate } from '../../src/ingest/iso-date.ts';
import { ingestStory } from '../../src/ingest/story.ts';
import type { SourceFile } from '../../src/ingest/story.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { errorOf } from '../support/ingest-error.ts';
import { blockTexts, readGenerated } from '../support/markdown.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const source = (name: string, bytes: Uint8Array): SourceFile => ({
  name,
  path: `content/sources/strike/${name}`,
  bytes,
  sha256: '0'.repeat(64),
});
const fixture = (path: string) => readFileSync(`tests/fixtures/formats/${path}`);

describe('sourceFormat and ARTICLE_FILE', () => {
  test.each([
    ['a.txt', 'plain-text'],
    ['A.TXT', 'plain-text'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.html', 'html'],
    ['a.HTM', 'html'],
    ['story.yaml', undefined],
    ['a.pdf', undefined],
    ['md', undefined],
  ])('%s is %s', (name, format) => {
    expect(sourceFormat(name)).toBe(format);
    expect(ARTICLE_FILE.test(name)).toBe(format !== undefined);
  });
});

describe('parseArticleSource', () => {
  test('decodes every format alike: a Windows-1252 Markdown file is read with the decoder warning', () => {
    const bytes = new Uint8Array([...encode('# Strike\n\n'), 0x93, ...encode('Ends'), 0x94, ...encode(' today.\n')]);
    const parsed = parseArticleSource({ name: 'a.md', path: 'sources/a.md', bytes });
    expect(parsed.document.body).toEqual([{ type: 'paragraph', text: '“Ends” today.' }]);
    expect(parsed.warnings[0]).toMatch(/^sources\/a\.md: byte 0x93 .* read as Windows-1252/u);
  });

  test('plain text declares no outlet or address', () => {
    expect(parseArticleSource({ name: 'a.txt', path: 'a.txt', bytes: encode('Headline\n\nBody.') })).toMatchObject({
      format: 'plain-text',
      outlet: undefined,
      url: undefined,
    });
  });

  test('a UTF-16 HTML page is decoded before it is parsed', () => {
    const html =
      '<html><head><title>Strike ends | Port Daily</title><meta property="og:site_name" content="Port Daily"></head><body><article><p>The strike at the port ended on Wednesday morning after two days, the union said.</p></article></body></html>';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(html, (char) => char.charCodeAt(0)).buffer),
    ]);
    const parsed = parseArticleSource({ name: 'a.html', path: 'a.html', bytes: utf16 });
    expect(parsed.document.headline).toBe('Strike ends');
    expect(parsed.outlet).toBe('Port Daily');
  });
});

describe('isoDate', () => {
  test.each([
    ['2025-11-24', '2025-11-24'],
    ['2025-11-24T21:44', '2025-11-24T21:44'],
    ['2025-11-24T21:44:00Z', '2025-11-24T21:44+00:00'],
    ['2025-11-24T21:44:00.000+0530', '2025-11-24T21:44+05:30'],
    ['2025-11-24 21:44:00 +05:30', '2025-11-24T21:44+05:30'],
    ['2025-11-24t21:44:00.5 -5', '2025-11-24T21:44-05:00'],
    ['2025-02-29', undefined],
    ['2025-11-24T25:00', undefined],
    ['24 Nov 2025', undefined],
    ['2025-11-24T21:44 EST', undefined],
  ])('%s -> %s', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });
});

describe('a story folder mixing plain text, Markdown and HTML', () => {
  const files = [
    source(
      '000-original.txt',
      encode('Dockers strike in Rotterdam\n\nBy Jane Doe\n\nDockworkers walked out on Monday.'),
    ),
    source('001-harbour-post.md', fixture('markdown/full-frontmatter.md')),
    source('002-wire.html', fixture('html/wire-jsonld-graph.html')),
    source('003-blog.htm', fixture('html/blog-meta-only.html')),
  ];
  const generated = (story: ReturnType<typeof ingestStory>, version: string) => {
    const file = story.files.find((candidate) => candidate.path === `strike/${version}.md`);
    if (file === undefined) throw new Error(`no ${version}.md`);
    const read = readGenerated(file.content);
    return { ...read, data: articleFrontmatterSchema.parse(read.data), content: file.content };
  };

  test('each version is labelled by its outlet (else its place, never its file name), with its address and format', () => {
    const story = ingestStory({ name: 'strike', files, config: undefined });
    expect(story.files.map((file) => file.path)).toEqual([
      'strike/000-original.md',
      'strike/001-harbour-post.md',
      'strike/002-wire.md',
      'strike/003-blog.md',
      'strike/story.json',
    ]);
    const rows = ['000-original', '001-harbour-post', '002-wire', '003-blog'].map((version) => {
      const { data } = generated(story, version);
      return [data.label, data.outlet, data.url, data.source.format, data.original];
    });
    expect(rows).toEqual([
      ['Original', undefined, undefined, 'plain-text', true],
      ['Harbour Post', 'Harbour Post', 'https://harbourpost.example/news/rotterdam-dockers-strike', 'markdown', false],
      [
        'Meridian Wire',
        'Meridian Wire',
        'https://www.meridianwire.example/world/europe/dutch-port-strike-halts-container-traffic-2025-11-24/',
        'html',
        false,
      ],
      [
        'Harbour Notes',
        'Harbour Notes',
        'https://harbournotes.example/2025/11/rotterdam-strike-automation/',
        'html',
        false,
      ],
    ]);
    expect(generated(story, '002-wire').data).toMatchObject({
      headline: 'Dutch port strike halts container traffic in Rotterdam',
      byline: 'Anna de Vries',
      published: '2025-11-24T09:12+01:00',
      image: { credit: 'Photo by Pieter Jansen / Meridian Wire' },
    });
    expect(story.warnings).toEqual([
      expect.stringMatching(/^content\/sources\/strike\/001-harbour-post\.md: left out the image/u),
      expect.stringMatching(/^content\/sources\/strike\/001-harbour-post\.md: left out the addresses of links/u),
      expect.stringMatching(/^content\/sources\/strike\/001-harbour-post\.md: HTML on lines 30, 33/u),
      expect.stringMatching(
        /^content\/sources\/strike\/003-blog\.htm: left out 2 elements holding text as page chrome/u,
      ),
      expect.stringMatching(/^content\/sources\/strike\/003-blog\.htm: left out a table/u),
    ]);
  });

  test('story.yaml still wins over what a file says of itself', () => {
    const config = [
      'versions:',
      '  - file: 000-original.txt',
      '  - { file: 001-harbour-post.md, label: Harbour Post rewrite, url: "https://example.com/elsewhere" }',
      '  - file: 002-wire.html',
      '  - file: 003-blog.htm',
    ].join('\n');
    const story = ingestStory({
      name: 'strike',
      files,
      config: { path: 'content/sources/strike/story.yaml', text: config },
    });
    expect(generated(story, '001-harbour-post').data).toMatchObject({
      label: 'Harbour Post rewrite',
      outlet: 'Harbour Post',
      url: 'https://example.com/elsewhere',
    });
  });

  test('markup that was text in the page is text in the generated Markdown and in the rendered HTML', async () => {
    const story = ingestStory({ name: 'strike', files, config: undefined });
    const wire = generated(story, '002-wire');
    const hostile =
      'A union leaflet quoted the text of an internal memo as "<script>alert(\'automation\')</script> is how they see us: code that can be swapped out", a line the employers said was taken out of context.';
    expect(blockTexts(wire.body)).toContain(hostile);
    const markdown = wire.content.replace(/^---\n[\s\S]*?\n---\n/u, '');
    const html = (await (await createMarkdownProcessor(markdownOptions)).render(markdown)).code;
    expect(html).not.toMatch(/<script|<a |javascript:/u);
    expect(html).toContain('&#x3C;script>alert');
  });

  test('a .txt and an .md of the same name would be one version: refused, naming both', () => {
    const clash = [source('a.txt', encode('Headline\n\nBody.')), source('a.md', encode('# Headline\n\nBody.'))];
    expect(() => ingestStory({ name: 'strike', files: clash, config: undefined })).toThrow(
      /"a\.txt" and "a\.md" would both be published as version "a"/u,
    );
  });
});

describe('parseArticleSource and files that are not articles', () => {
  const PDF = encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');

  test.each(['report.pdf', 'report.txt', 'report.html'])('refuses a PDF named %s as a PDF, with a fix', (name) => {
    const error = errorOf(() => parseArticleSource(source(name, PDF)));
    expect(error.file).toBe(`content/sources/strike/${name}`);
    expect(error.problem).toMatch(/^the file looks like a PDF/u);
    expect(error.fix).toMatch(/save the article as text, Markdown or HTML/u);
  });

  test('refuses a file of another kind by its name, not with an error showing a pattern', () => {
    const error = errorOf(() => parseArticleSource(source('notes.rtf', encode('{\\rtf1 Headline}'))));
    expect(error.problem).toMatch(/ending in \.txt, \.md, \.markdown, \.html or \.htm/u);
  });

  test('reads text that merely mentions the signature after its first words', () => {
    const article = parseArticleSource(source('a.txt', encode('Headline\n\nThe file began with %PDF-1.7 and more.\n')));
    expect(article.document.headline).toBe('Headline');
  });
});
