/**
 * A version's rendered body shows the explicit directional controls of its text as visible
 * escapes, as every other article string on the site does (src/data/bidi-controls.ts): an
 * override left open in a paragraph would otherwise reverse the rest of that paragraph, so that
 * the page shows words in an order the article's characters do not have.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { bidiPieces, hasBidiControls } from '../data/bidi-controls.ts';

type Parent = { children: (RootContent | ElementContent)[] };

function visit(parent: Parent): void {
  parent.children = parent.children.flatMap((child): (RootContent | ElementContent)[] => {
    if (child.type === 'text') {
      if (!hasBidiControls(child.value)) return [child];
      return bidiPieces(child.value).map((piece) =>
        piece.control
          ? {
              type: 'element',
              tagName: 'span',
              properties: { className: ['bidi-control'] },
              children: [{ type: 'text', value: piece.text }],
            }
          : { type: 'text', value: piece.text },
      );
    }
    if (child.type === 'element') visit(child);
    return [child];
  });
}

/** The rehype plugin: text nodes with directional controls become text and `span.bidi-control` escapes. */
export function rehypeVisibleBidiControls() {
  return (tree: Root): void => visit(tree);
}
