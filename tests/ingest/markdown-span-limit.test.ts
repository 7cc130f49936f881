import { describe, expect, test } from 'vitest';
import { MAX_CODE_LOOKAHEAD, MAX_LINK_OPENERS } from '../../src/ingest/markdown-span-limit.ts';
import { parseMarkdownArticle } from '../../src/ingest/markdown-source.ts';
import { errorOf } from '../support/ingest-error.ts';

// A hang guard, not a speed test: before the bounds these paragraphs took from half a minute to minutes.
const GUARD = { timeout: 20_000 };
const article = (body: string) => `---\nheadline: Port strike\n---\n\nDock workers walked out.\n\n${body}\n`;
const bodyText = (body: string) =>
  parseMarkdownArticle(article(body), 'b.md').document.body.map((block) => (block.type === 'list' ? '' : block.text));

/** Runs of one, two, three… backticks, each followed by a letter, to `size` characters. */
function growingBackticks(size: number): string {
  let text = '';
  for (let length = 1; text.length < size; length += 1) text += `${'`'.repeat(length)}a`;
  return text;
}

describe('link openers in one Markdown paragraph', () => {
  test.each([
    ['"[a](" repeated, 160 KB', '[a]('.repeat(40_000)],
    ['"[a]" repeated, 120 KB', '[a]'.repeat(40_000)],
    ['"![a]" repeated, 160 KB', '![a]'.repeat(40_000)],
  ])('%s is refused by name, with the line', GUARD, (_, body) => {
    const error = errorOf(() => parseMarkdownArticle(article(body), 'stories/strike/b.md'));
    expect(error.file).toBe('stories/strike/b.md');
    expect(error.line).toBe(7);
    expect(error.problem).toContain(`more than ${MAX_LINK_OPENERS} link or image openers`);
    expect(error.fix).toContain('.txt');
  });

  test('a paragraph with as many links as the limit allows keeps its text; "!" alone is no opener', GUARD, () => {
    const body = `${'Wow! '.repeat(5000)}${Array.from({ length: MAX_LINK_OPENERS }, (_, index) => `[link ${index}](https://example.com/${index})`).join(' ')}`;
    expect(bodyText(body)).toEqual([
      'Dock workers walked out.',
      `${'Wow! '.repeat(5000)}${Array.from({ length: MAX_LINK_OPENERS }, (_, index) => `link ${index}`).join(' ')}`,
    ]);
  });
});

describe('runs of backticks that never close', () => {
  test('500 KB of runs of growing length is refused by name, with the line', GUARD, () => {
    const error = errorOf(() => parseMarkdownArticle(article(growingBackticks(500_000)), 'stories/strike/b.md'));
    expect(error.file).toBe('stories/strike/b.md');
    expect(error.line).toBe(7);
    expect(error.problem).toContain(`more than ${MAX_CODE_LOOKAHEAD.toLocaleString('en')} characters`);
  });

  test('code spans that close, and a stray backtick before a long paragraph, read as written', GUARD, () => {
    const prose = ' Dock workers walked out on Monday.'.repeat(20_000);
    expect(bodyText(`Run \`npm test\` then \`\`a \` b\`\` and a stray \` here.${prose}`)).toEqual([
      'Dock workers walked out.',
      `Run npm test then a \` b and a stray \` here.${prose}`,
    ]);
  });
});
