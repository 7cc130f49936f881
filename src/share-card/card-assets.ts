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

/** resvg's WebAssembly module, as bytes. */
export function resvgWasm(root = process.cwd()): Buffer {
  return readFileSync(path.join(root, 'node_modules/@resvg/resvg-wasm/index_bg.wasm'));
}

/** The packages that draw a card. */
const DRAWING_PACKAGES = ['satori', '@resvg/resvg-wasm', '@fontsource/source-serif-4'];

interface LockedPackage {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}

/**
 * The versions of what draws a card, for the card cache's key: the drawing packages and every
 * package they depend on, as the lockfile resolves them (satori's own dependencies are ranges, so
 * an update of the lockfile may change the drawing without changing satori's version). Without
 * a lockfile, the drawing packages' installed versions.
 */
export function cardLibraryVersions(root = process.cwd()): string {
  let packages: Readonly<Record<string, LockedPackage>>;
  try {
    const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
      packages?: Record<string, LockedPackage>;
    };
    packages = lock.packages ?? {};
  } catch {
    return DRAWING_PACKAGES.map((name) => `${name}@${installedVersion(root, name)}`).join(' ');
  }
  const found = new Map<string, string>();
  const visit = (name: string, from: string): void => {
    // Node's resolution: the dependent's own node_modules first, then each folder above it.
    for (let at = from; ; at = parentPackage(at)) {
      const where = `${at === '' ? '' : `${at}/`}node_modules/${name}`;
      const locked = packages[where];
      if (locked !== undefined) {
        if (found.has(where)) return;
        found.set(where, locked.version ?? '');
        for (const dependency of Object.keys(locked.dependencies ?? {})) visit(dependency, where);
        return;
      }
      if (at === '') return;
    }
  };
  for (const name of DRAWING_PACKAGES) {
    visit(name, '');
    // A lockfile that does not list it (an old format, or out of date): its installed version.
    if (!found.has(`node_modules/${name}`)) found.set(`node_modules/${name}`, installedVersion(root, name));
  }
  return [...found]
    .map(([where, version]) => `${where}@${version}`)
    .sort()
    .join(' ');
}

/** The package folder whose node_modules holds the package at `where` ('' for the project). */
function parentPackage(where: string): string {
  const at = where.lastIndexOf('/node_modules/');
  return at < 0 ? '' : where.slice(0, at);
}

function installedVersion(root: string, name: string): string {
  const file = path.join(root, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
