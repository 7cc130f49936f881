/**
 * Article text is always text: whatever in it looks like Markdown or HTML comes out literally,
 * both in the generated Markdown (read back by a CommonMark parser) and in the HTML that Astro's
 * unified processor, configured as the site configures it, renders from that Markdown.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parsePlainTextArticle } from '../../src/ingest/plain-text.ts';
import { bodyToMdast, serializeMarkdownFile } from '../../src/article-file/index.ts';
import { markdownOptions } from '../../src/markdown/options.ts';
import { blockTexts, readGenerated } from '../support/markdown.ts';

const TRICKY_LINES = [
  '1. A line that starts like an ordered list',
  '> A line that starts like a block quote',
  '# A line that starts like a heading',
  '*Emphasis*, __strong__, _under_score_ and a * lone star',
  'Brackets [like a link](javascript:alert(1)) and ![an image](x.png) and [ref]: /url',
  'HTML <script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="/"></iframe> & &amp; &copy;',
  'Pipes | a | b | and `backticks` and ``double`` and a \\ backslash',
  '---',
  '=== under a line',
  'Braces {like} {{ template }} and ${expression}',
  '    Four spaces of indentation (trimmed as layout) before text',
  '+ plus and 2) parenthesis numbers',
];

const render = async (markdown: string): Promise<string> =>
  (await (await createMarkdownProcessor(markdownOptions)).render(markdown)).code;

function ingestBody(lines: readonly string[]): string {
  const text = ['Headline', '', ...lines.flatMap((line) => [line, ''])].join('\n');
  const { document } = parsePlainTextArticle(text, 'fixture.txt');
  return serializeMarkdownFile({ headline: document.headline }, bodyToMdast(document.body), 'test');
}

describe('Markdown-special characters stay literal', () => {
  test('each tricky line reads back as the same text', () => {
    const markdown = ingestBody(TRICKY_LINES);
    expect(blockTexts(readGenerated(markdown).body)).toEqual(TRICKY_LINES.map((line) => line.trim()));
  });

  test('each tricky line renders as one block of the same text, with no element injected', async () => {
    const html = await render(stripFrontmatter(ingestBody(TRICKY_LINES)));
    // Short lines without closing punctuation are headings by the plain-text rules; the rest paragraphs.
    const blocks = [...html.matchAll(/<(p|h2)(?: id="[^"]*")?>(.*?)<\/\1>/gs)].map((match) =>
      decodeEntities(match[2] ?? ''),
    );
    expect(blocks).toEqual(TRICKY_LINES.map((line) => line.trim()));
    expect(html.replace(/<\/?(p|h2)( id="[^"]*")?>/g, '')).not.toMatch(/<[a-z]/i);
  });

  test('any single line of text survives serialising and parsing unchanged', () => {
    // Printable text without line breaks: a line is one block, and control characters are
    // the encoding layer's business (see the robustness issue).
    const line = fc
      .string({
        unit: fc.oneof(
          fc.constantFrom(...'*_#[]()<>|`\\!&;:.-+=~{}$ 1a'),
          fc.string({ unit: 'grapheme', maxLength: 1 }),
        ),
      })
      .map((text) =>
        text
          .replace(/[\p{Cc}\p{Cs}\u2028\u2029\u0085]/gu, ' ')
          .replace(/\s+/gu, ' ')
          .trim(),
      )
      .filter((text) => text !== '' && !/^[•◦▪‣●*+-]\s/u.test(text));
    fc.assert(
      fc.property(line, (text) => {
        const tree = bodyToMdast([{ type: 'paragraph', text }]);
        const markdown = serializeMarkdownFile({ headline: 'H' }, tree, 'test');
        expect(blockTexts(readGenerated(markdown).body)).toEqual([text]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('text that is hard on a Markdown reader stays fast to read back and render', () => {
  // Hang guards, not speed tests: before "]" was escaped, 40,000 "[a](" took over a minute to render.
  test.each([
    ['"[a](" repeated', '[a]('.repeat(40_000)],
    ['"*a" repeated', '*a'.repeat(60_000)],
    ['"_*_*" repeated', '_*_*'.repeat(30_000)],
    ['"]" repeated', 'a]'.repeat(60_000)],
    ['"a!b]" repeated (an exclamation not before "[")', 'a!b]'.repeat(40_000)],
    ['"a\\b]" repeated (a backslash not before punctuation)', 'a\\b]'.repeat(80_000)],
  ])('a paragraph of %s reads back and renders as the same text', { timeout: 20_000 }, async (_, text) => {
    const markdown = serializeMarkdownFile({ headline: 'H' }, bodyToMdast([{ type: 'paragraph', text }]), 'test');
    expect(blockTexts(readGenerated(markdown).body)).toEqual([text]);
    const html = await render(stripFrontmatter(markdown));
    expect(decodeEntities(html.replace(/^<p>|<\/p>$/gu, ''))).toBe(text);
  });
});

describe('every character of a body paragraph reaches the page', () => {
  test('for any line of Unicode text, with special spaces, soft hyphens, joiners, emoji and right-to-left letters: ingest, then rendering, give it back', async () => {
    // Documented normalisation: a line's leading and trailing white space is layout and goes;
    // nothing inside a line changes. (Lines that ingest reads as a list item, or as a heading,
    // are other blocks, tested above.)
    const special = fc.constantFrom(
      '\u00a0',
      '\u2009',
      '\u202f',
      '\u200b',
      '\u200d',
      '\u00ad',
      '\t',
      'e\u0301',
      '👩\u200d👩\u200d👧',
      '🇺🇦',
      'مرحبا',
      'שלום',
      '&',
      '<',
      '*',
      '"',
      '’',
      ' ',
      'talks',
      '.',
    );
    const line = fc
      .array(fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 3 })), { minLength: 1, maxLength: 15 })
      .map(
        (parts) =>
          `${parts.join('').replace(/[\p{Cc}\p{Cs}\u2028\u2029\u0085\n\r]/gu, (character) => (character === '\t' ? '\t' : ' '))}.`,
      )
      .map((text) => `Text ${text}`)
      .filter((text) => !/^[•◦▪‣●*+-]\s/u.test(text.trim()));
    const processor = await createMarkdownProcessor(markdownOptions);
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        const { document } = parsePlainTextArticle(`Headline\n\n${text}\n`, 'fixture.txt');
        const markdown = serializeMarkdownFile({ headline: document.headline }, bodyToMdast(document.body), 'test');
        const html = (await processor.render(stripFrontmatter(markdown))).code;
        const blocks = [...html.matchAll(/<(p|h2)(?: id="[^"]*")?>(.*?)<\/\1>/gsu)].map((match) =>
          decodeEntities(match[2] ?? ''),
        );
        expect(blocks).toEqual([text.trim()]);
      }),
      { numRuns: 500 },
    );
  });
});

function stripFrontmatter(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', quot: '"', amp: '&' };

/** Decodes the character references rehype writes, in one pass so that `&amp;amp;` stays `&amp;`. */
function decodeEntities(html: string): string {
  return html.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|amp));/gi,
    (_, hex?: string, dec?: string, name?: string) => {
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      return NAMED_ENTITIES[name ?? ''] ?? '';
    },
  );
}
