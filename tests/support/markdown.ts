import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { toString } from 'mdast-util-to-string';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';

/** A generated Markdown file read back: its frontmatter as data and its body as a tree. */
export function readGenerated(markdown: string): { data: Record<string, unknown>; body: Root } {
  const tree = fromMarkdown(markdown, {
    extensions: [frontmatter(['yaml'])],
    mdastExtensions: [frontmatterFromMarkdown(['yaml'])],
  });
  const [first, ...rest] = tree.children;
  if (first?.type !== 'yaml') throw new Error('generated file has no frontmatter');
  return { data: parseYaml(first.value) as Record<string, unknown>, body: { type: 'root', children: rest } };
}

/** The text of each block of a body, in order (a list contributes one entry per item). */
export function blockTexts(body: Root): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading') texts.push(toString(node));
    else if ('children' in node) node.children.forEach(visit);
  };
  visit(body);
  return texts;
}
