import type { Element, Root } from 'hast';

/** The text a sighted reader sees in a node: its text, without the screen-reader-only labels (a mark's kind). */
export function seenText(node: Root | Element): string {
  const visible = (child: Root['children'][number] | Element): string => {
    if (child.type === 'text') return child.value;
    if (child.type !== 'element') return '';
    const classes = child.properties['className'];
    if (Array.isArray(classes) && classes.includes('sr-only')) return '';
    return child.children.map(visible).join('');
  };
  return node.children.map(visible).join('');
}
