/** The article file's text: YAML frontmatter, a comment saying who wrote it, and the Markdown body. */
import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Unsafe } from 'mdast-util-to-markdown';
import { Document } from 'yaml';

/**
 * "]" is escaped wherever text holds one. Left bare, each "]" makes every Markdown reader of the
 * file (the site's build, analyse, compare) look back over its whole paragraph for a "[" it could
 * close: a paragraph of 20,000 "[a](" took 17 s to render, and time grows with the square of the
 * count. Escaped, it is a plain character, shown the same.
 */
const ESCAPE_CLOSING_BRACKETS: Unsafe = { character: ']', inConstruct: 'phrasing' };

/**
 * "!" and "\" are escaped wherever text holds one, for a like reason. Left bare, a "!" not before
 * "[" (an exclamation) or a "\" not before punctuation starts markup that turns out to be text,
 * and micromark then merges the pieces of text around it by splicing the paragraph's whole event
 * list: a paragraph of 20,000 "a!b]" (written "a!b\]") took 9 s to read back, and 80,000 "a\b]"
 * 54 s. Escaped, each is one escape, which leaves nothing to merge, and is shown the same.
 */
const ESCAPE_TEXT_MARKUP_STARTS: Unsafe[] = [
  { character: '!', inConstruct: 'phrasing' },
  { character: '\\', inConstruct: 'phrasing' },
];

/**
 * Serialises frontmatter and a Markdown body into one file. Both halves come from serialisers (yaml
 * and mdast-util-to-markdown), which escape what they must; nothing is concatenated by hand.
 */
export function serializeMarkdownFile(frontmatter: object, body: Root, comment: string): string {
  const yaml = new Document(frontmatter);
  yaml.commentBefore = ` ${comment}`;
  const tree: Root = {
    type: 'root',
    children: [{ type: 'yaml', value: yamlText(yaml) }, ...body.children],
  };
  return toMarkdown(tree, {
    bullet: '-',
    unsafe: [ESCAPE_CLOSING_BRACKETS, ...ESCAPE_TEXT_MARKUP_STARTS],
    extensions: [frontmatterToMarkdown(['yaml'])],
  });
}

/**
 * Every string is double-quoted: Astro reads frontmatter with js-yaml (YAML 1.1), which would turn
 * a plain `2025-11-24`, `yes` or `null` into a date, a boolean or nothing. No line folding, so a
 * field is one line that a person can grep.
 */
function yamlText(document: Document): string {
  return document.toString({ defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }).trimEnd();
}
