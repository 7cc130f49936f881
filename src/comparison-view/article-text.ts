/**
 * A string from an article (an outlet's name, a label, a quotation) as the page shows it: isolated
 * in a `<bdi>`, so that whatever letters or directional controls it holds can never reorder the
 * site's own words around it, with its explicit controls shown as visible escapes
 * (src/data/bidi-controls.ts). Always text nodes: an article's `<` stays a character.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { bidiPieces } from '../data/bidi-controls.ts';

/** `text` cut into text nodes and visible controls (`<span class="bidi-control">\u202e</span>`). */
export function articlePieces(text: string): ElementContent[] {
  return bidiPieces(text).map((piece) =>
    piece.control ? h('span', { class: 'bidi-control' }, piece.text) : { type: 'text', value: piece.text },
  );
}

/**
 * `text` isolated in a `<bdi>`; `isolate: false` where the string fills a block of its own (a
 * paragraph, a cell), which already bounds it and gives it its direction.
 */
export function articleText(text: string, { isolate = true }: { isolate?: boolean } = {}): ElementContent[] {
  return isolate ? [h('bdi', articlePieces(text))] : articlePieces(text);
}
