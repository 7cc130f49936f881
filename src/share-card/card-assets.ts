/**
 * What drawing a card reads from node_modules: the font (Source Serif 4, OFL-1.1, from
 * @fontsource/source-serif-4) and resvg's WebAssembly. Read from disk, never fetched, so that a
 * build needs no network and draws the same on every machine. WOFF, not WOFF2: satori reads
 * TTF, OTF and WOFF only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cardFontName, SUBSETS } from './card-font-family.ts';

/** A font face as satori takes it. */
export interface CardFont {
  readonly name: string;
  readonly data: Buffer;
  readonly weight: 400 | 600;
  readonly style: 'normal';
}

const FONT_DIR = 'node_modules/@fontsource/source-serif-4/files';
const WEIGHTS = [400, 600] as const;

/** The font faces of the card, read from the project at `root`. */
export function cardFonts(root = process.cwd()): CardFont[] {
  return WEIGHTS.flatMap((weight) =>
    SUBSETS.map((subset) => ({
      name: cardFontName(subset),
      data: readFileSync(path.join(root, FONT_DIR, `source-serif-4-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
}

/** The Unicode ranges of the card's font subsets, as the font package declares them. */
export function cardFontRanges(root = process.cwd()): string[] {
  const file = path.join(root, 'node_modules/@fontsource/source-serif-4/unicode.json');
  const declared = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return SUBSETS.map((subset) => {
    const ranges = declared[subset];
    if (ranges === undefined) throw new Error(`${file} names no Unicode ranges for the subset "${subset}"`);
    return ranges;
  });
}

/** resvg's WebAssembly module, as bytes. */
export function resvgWasm(root = process.cwd()): Buffer {
  return readFileSync(path.join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'));
}

/** The versions of what draws a card, for the card cache's key. */
export function cardLibraryVersions(root = process.cwd()): string {
  return ['satori', '@resvg/resvg-wasm', '@fontsource/source-serif-4']
    .map((name) => {
      const file = path.join(root, 'node_modules', name, 'package.json');
      return `${name}@${(JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version}`;
    })
    .join(' ');
}
