/**
 * The element tree satori lays out, as plain objects: what JSX would build, without React or a
 * string of markup, so text from an article is always a child and never parsed.
 */

/** Style properties as satori reads them (a subset of CSS in camelCase). */
export type CardStyle = Readonly<Record<string, string | number>>;

/** One element of the card: a tag, its style and attributes, and its children. */
export interface CardNode {
  readonly type: string;
  readonly props: {
    readonly style?: CardStyle | undefined;
    readonly children?: readonly (CardNode | string)[] | string | undefined;
    readonly [attribute: string]: unknown;
  };
}

/** An element of the given tag with a style and children. */
export function node(type: string, style: CardStyle, children: readonly (CardNode | string)[] | string = []): CardNode {
  return { type, props: { style, children } };
}

/** An SVG element (no style: its attributes carry the drawing). */
export function svgNode(
  type: string,
  attributes: Readonly<Record<string, string | number>>,
  children: readonly CardNode[] = [],
): CardNode {
  return { type, props: { ...attributes, children } };
}
