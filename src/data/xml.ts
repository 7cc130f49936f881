/**
 * XML documents as xast trees, serialised by xast-util-to-xml, which escapes every text and
 * attribute: feed and sitemap entries carry news headlines, and those hold `<`, `&` and quotes.
 */
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';

/** Children set one to a line, indented by `depth` steps of two spaces, for a readable file. */
export function onLines(children: readonly Element[], depth: number): ElementContent[] {
  const indent = `\n${'  '.repeat(depth)}`;
  return [
    ...children.flatMap((child): ElementContent[] => [{ type: 'text', value: indent }, child]),
    { type: 'text', value: `\n${'  '.repeat(depth - 1)}` },
  ];
}

/** A whole XML file: the declaration, the document element, and a final newline. */
export function xmlDocument(root: Element): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      root,
      { type: 'text', value: '\n' },
    ],
  };
  return toXml(tree, { closeEmptyElements: true });
}
