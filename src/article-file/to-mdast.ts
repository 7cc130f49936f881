/** The writing half of the article body: blocks into the Markdown tree that serialize.ts writes. */
import type { List, Root, RootContent } from 'mdast';
import type { Block } from '../analysis/index.ts';

/**
 * Builds the Markdown tree of an article body. Text goes into `text` nodes only, so the serialiser
 * escapes whatever in it looks like Markdown (`*`, `#`, `1.` at a line start, `<`, …).
 */
export function bodyToMdast(blocks: readonly Block[]): Root {
  return { type: 'root', children: blocks.map(blockToMdast) };
}

function blockToMdast(block: Block): RootContent {
  switch (block.type) {
    case 'heading':
      // Depth 2: the page renders the headline as the one h1.
      return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] };
    case 'paragraph':
      return { type: 'paragraph', children: [{ type: 'text', value: block.text }] };
    case 'list':
      return listToMdast(block.items);
  }
}

function listToMdast(items: readonly string[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: item }] }],
    })),
  };
}
