/**
 * A share card drawn in two steps: the element tree laid out by satori into SVG (which also says
 * what text the fonts lack), then the SVG rasterised by resvg (its WebAssembly build, so no
 * platform binary is needed) into a PNG. Both are deterministic: the same tree and font give the
 * same bytes.
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

/** A card laid out: its SVG, and the runs of text none of its fonts could draw. */
export interface CardLayout {
  readonly svg: string;
  readonly missing: readonly string[];
}

/** Lays out a card's element tree. */
export async function layoutCard(tree: CardNode): Promise<CardLayout> {
  fonts ??= cardFonts();
  const missing: string[] = [];
  // satori asks for a React node (typed loosely, as React's types are not installed): the plain
  // object tree is what JSX would have built.
  const svg = await satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    // The same array each time: satori keeps the fonts it parsed by it.
    fonts,
    // Asked for the text no font has a glyph for: noted, and nothing loaded (the build has no
    // network, and a font fetched at build time would draw differently on another day).
    loadAdditionalAsset: (_language: string, segment: string) => {
      missing.push(segment);
      return Promise.resolve([]);
    },
  });
  return { svg, missing };
}

/** The PNG of a laid-out card. */
export async function rasterise(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  ready ??= initWasm(resvgWasm());
  await ready;
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
