/**
 * A share card drawn: the element tree laid out by satori into SVG, then rasterised by resvg
 * (its WebAssembly build, so no platform binary is needed) into a PNG. Both are deterministic:
 * the same tree and font give the same bytes.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import type { CardFont } from './card-assets.ts';
import { cardFonts, resvgWasm } from './card-assets.ts';
import type { CardNode } from './card-node.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-tree.ts';

// resvg's module may be initialised once per process; a second initWasm throws.
let ready: Promise<void> | undefined;
let fonts: CardFont[] | undefined;

/** The PNG of a card's element tree. */
export async function renderCard(tree: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  ready ??= initWasm(resvgWasm());
  fonts ??= cardFonts();
  await ready;
  // satori asks for a React node (typed loosely, as React's types are not installed): the plain
  // object tree is what JSX would have built.
  const svg = await satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    // The same array each time: satori keeps the fonts it parsed by it.
    fonts,
  });
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  try {
    // The pixels live in WebAssembly memory until freed, which garbage collection does not see:
    // left to it, a thousand cards hold gigabytes.
    const image = resvg.render();
    try {
      // A copy on an ArrayBuffer of its own, which a Response takes as a body.
      return new Uint8Array(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
