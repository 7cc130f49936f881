/**
 * The Markdown article format: an article someone wrote or saved as Markdown, with optional YAML
 * frontmatter (markdown-frontmatter.ts) above the text, cut off where src/article-file says
 * frontmatter ends.
 *
 * The body is read as CommonMark into the document's blocks: paragraphs, headings of any depth,
 * lists (each item as text), block quotes (a pull quote is article text: its paragraphs become
 * paragraphs) and code (as a paragraph of its text). Emphasis, links and inline code become their
 * plain text. Markup is never kept as markup: raw HTML becomes literal text, as the author typed it.
 * What is not text (images, link addresses, link definitions) is left out, and a warning says what
 * and where, so that nothing the user wrote disappears without a word.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Block } from '../analysis/index.ts';
import { splitFrontmatter } from '../article-file/split-frontmatter.ts';
import { checkBlockCount } from './block-count.ts';
import { bylineName } from './byline.ts';
import { IngestError } from './errors.ts';
import { containerLimit } from './markdown-container-limit.ts';
import { checkMarkdownDepth } from './markdown-depth.ts';
import { emphasisLimit } from './markdown-emphasis-limit.ts';
import { parseMarkdownFrontmatter } from './markdown-frontmatter.ts';
import { MarkdownLimitPassed } from './markdown-limit-passed.ts';
import { spanLimit } from './markdown-span-limit.ts';
import type { SourceArticle } from './source-article.ts';

/** Things left out of the text or kept differently than written, by the lines they were on. */
interface Notes {
  readonly images: string[];
  readonly linkAddresses: number[];
  readonly definitions: number[];
  readonly html: number[];
}

/** Reads a Markdown article file's text, a text of too many blocks refused before it is read. */
export function readMarkdownSource(text: string, path: string): SourceArticle {
  checkBlockCount(text, path);
  return parseMarkdownArticle(text, path);
}

/** Parses a Markdown article; `file` names it in errors and warnings. */
export function parseMarkdownArticle(text: string, file: string): SourceArticle {
  const split = splitFrontmatter(text);
  if (split === undefined) {
    throw new IngestError({
      file,
      line: 1,
      problem: 'the frontmatter opened by "---" on line 1 is never closed.',
      fix: 'end the frontmatter with a line holding only "---", or remove the first line if the file has no frontmatter.',
    });
  }
  const { yaml, body: markdown, bodyLine } = split;
  const meta = yaml === undefined ? undefined : parseMarkdownFrontmatter(yaml, file);
  const line = (node: Nodes): number => (node.position?.start.line ?? 1) + bodyLine - 1;
  const notes: Notes = { images: [], linkAddresses: [], definitions: [], html: [] };
  const inline = (nodes: readonly PhrasingContent[]): string =>
    collapse(nodes.map((node) => phrasingText(node, notes, line)).join(''));

  checkMarkdownDepth(markdown, file, bodyLine);
  const tree = readMarkdown(markdown, file, bodyLine);
  let children = tree.children;
  // Without a headline in the frontmatter, the first top-level "# " heading is the headline (and
  // only that); with one, a "# " heading repeating it at the top is the same line, not body text.
  const headingIndex = children.findIndex(
    (node) => node.type === 'heading' && node.depth === 1 && inline(node.children) !== '',
  );
  const heading = children[headingIndex];
  const headingText = heading?.type === 'heading' ? inline(heading.children) : undefined;
  const headline = meta?.headline ?? headingText;
  if (headline === undefined && yaml === undefined && /^\s*$/u.test(markdown)) {
    throw new IngestError({
      file,
      problem: 'the file has no text (it is empty or holds only white space).',
      fix: 'put the article in the file, "# Headline" first, or remove the file from the story folder.',
    });
  }
  if (headline === undefined) {
    throw new IngestError({
      file,
      problem: 'the article has no headline: the frontmatter has no "headline" and the text no "# " heading.',
      fix: 'add "headline: …" to the frontmatter, or start the text with a line "# The headline".',
    });
  }
  if (meta?.headline === undefined || (headingIndex === 0 && headingText === meta.headline)) {
    children = children.filter((_, index) => index !== headingIndex);
  }

  const blocks: Block[] = [];
  const visit = (node: RootContent): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const value = inline(node.children);
        if (value !== '') blocks.push({ type: node.type, text: value });
        return;
      }
      case 'list': {
        const items = listItems(node, inline);
        if (items.length > 0) blocks.push({ type: 'list', items });
        return;
      }
      case 'blockquote':
        node.children.forEach(visit);
        return;
      case 'code':
        if (collapse(node.value) !== '') blocks.push({ type: 'paragraph', text: collapse(node.value) });
        return;
      case 'html':
        notes.html.push(line(node));
        blocks.push({ type: 'paragraph', text: collapse(node.value) });
        return;
      case 'definition':
        notes.definitions.push(line(node));
        return;
      default:
        // A thematic break (---, ***) is layout between blocks and holds no text.
        return;
    }
  };
  children.forEach(visit);

  const byline =
    meta?.byline === undefined ? undefined : { name: bylineName(meta.byline) ?? meta.byline, text: meta.byline };
  return {
    format: 'markdown',
    document: {
      headline,
      standfirst: meta?.standfirst,
      byline,
      published: meta?.published,
      updated: meta?.updated,
      image: undefined,
      body: blocks,
    },
    warnings: [
      // One warning for every key left out, so that a post from a site generator is read with one line of notice.
      ...(meta !== undefined && meta.ignored.length > 0
        ? [`${file}: ignored: ${meta.ignored.join(', ')} (site settings, not the article).`]
        : []),
      ...warningsOf(notes, file, blocks.length === 0),
    ],
    outlet: meta?.outlet,
    url: meta?.url,
  };
}

/**
 * The Markdown text's tree; a paragraph with too many emphasis markers, link openers or backtick
 * runs to read in time, or an article with too many quotes and list items, is refused.
 */
function readMarkdown(markdown: string, file: string, bodyLine: number) {
  try {
    return fromMarkdown(markdown, { extensions: [containerLimit, emphasisLimit, spanLimit] });
  } catch (error) {
    if (!(error instanceof MarkdownLimitPassed)) throw error;
    const { line, problem, fix } = error;
    throw new IngestError({ file, line: line + bodyLine - 1, problem, fix });
  }
}

/** The text of inline content. Markup is dropped and its text kept; raw HTML stays as typed. */
function phrasingText(node: PhrasingContent, notes: Notes, line: (node: Nodes) => number): string {
  const children = (nodes: readonly PhrasingContent[]) =>
    nodes.map((child) => phrasingText(child, notes, line)).join('');
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      notes.html.push(line(node));
      return node.value;
    case 'break':
      return ' ';
    case 'link': {
      const text = children(node.children);
      // An autolink (<https://…>) shows its address as its text: nothing is lost.
      if (collapse(text) !== node.url && `mailto:${collapse(text)}` !== node.url) notes.linkAddresses.push(line(node));
      return text;
    }
    case 'image':
    case 'imageReference':
      notes.images.push(
        `${node.alt === null || node.alt === undefined || node.alt === '' ? 'an image' : `the image "${node.alt}"`} (line ${line(node)})`,
      );
      return '';
    default:
      return 'children' in node ? children(node.children) : '';
  }
}

/** Each item's own text, then the items of lists nested in it, as items of their own. */
function listItems(
  list: Extract<RootContent, { type: 'list' }>,
  inline: (nodes: readonly PhrasingContent[]) => string,
): string[] {
  return list.children.flatMap((item) => {
    const own: string[] = [];
    const nested: string[] = [];
    const visit = (node: RootContent): void => {
      if (node.type === 'list') nested.push(...listItems(node, inline));
      else if (node.type === 'paragraph' || node.type === 'heading') own.push(inline(node.children));
      else if (node.type === 'code' || node.type === 'html') own.push(collapse(node.value));
      else if ('children' in node) node.children.forEach(visit);
    };
    item.children.forEach(visit);
    const text = collapse(own.join(' '));
    return text === '' ? nested : [text, ...nested];
  });
}

function warningsOf(notes: Notes, file: string, empty: boolean): string[] {
  const lines = (numbers: readonly number[]) =>
    `line${numbers.length === 1 ? '' : 's'} ${firstFew([...new Set(numbers)].map(String))}`;
  const warnings: string[] = [];
  if (empty) warnings.push(`${file}: the article has a headline but no body text.`);
  if (notes.images.length > 0)
    warnings.push(`${file}: left out ${firstFew([...new Set(notes.images)])}: images are not article text.`);
  if (notes.linkAddresses.length > 0) {
    warnings.push(`${file}: left out the addresses of links on ${lines(notes.linkAddresses)}; their text is kept.`);
  }
  if (notes.definitions.length > 0)
    warnings.push(`${file}: left out link definitions ([name]: address) on ${lines(notes.definitions)}.`);
  if (notes.html.length > 0) {
    warnings.push(
      `${file}: HTML on ${lines(notes.html)} is kept as literal text, as written; Reworded shows articles as text, never as markup.`,
    );
  }
  return warnings;
}

/** At most ten of `items`, then how many more: a warning of 270,000 line numbers told no one anything. */
function firstFew(items: readonly string[]): string {
  const shown = items.slice(0, 10).join(', ');
  return items.length > 10 ? `${shown} and ${(items.length - 10).toLocaleString('en')} more` : shown;
}

/** Markdown line breaks inside a paragraph are spaces; white space runs read as one space. */
function collapse(text: string): string {
  return text.replace(/[ \t\r\n]+/gu, ' ').trim();
}
