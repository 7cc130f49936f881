/**
 * Share cards kept on disk between builds, as the analysis keeps its reports (report-cache.ts): by
 * a hash of everything a card is a pure function of, namely the report (named by its own cache
 * key, itself a hash of the two versions and the analysis code), the two labels, the drawing's
 * source code (this folder and the map's geometry) and the versions of satori, resvg, the font and
 * what they depend on. An unchanged story's card is then read, not drawn again. The folder is
 * safe to delete at any time; a file that is not a whole PNG is drawn again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { analysisCacheDir } from '../report-files/index.ts';
import { writeWhole } from '../report-files/write-whole.ts';
import { cardLibraryVersions } from './card-assets.ts';
import type { CardLabels } from './card-content.ts';

/** The folders whose sources draw a card: a change to any of them gives every card a new key. */
const SOURCES = ['src/share-card', 'src/data/alignment-map', 'src/data/comparison-rows.ts'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG ends with its IEND chunk: a file cut short by a full disk lacks it. */
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Where cards are kept: beside the analysis cache, so that it is cleared and kept alike. */
export function cardCacheDir(root = process.cwd()): string {
  return path.join(path.dirname(analysisCacheDir(root)), 'cards');
}

const codeHashes = new Map<string, string>();

/** A hash of the drawing's code and libraries, read once per process and project. */
function cardCodeHash(root: string): string {
  const known = codeHashes.get(root);
  if (known !== undefined) return known;
  const hash = createHash('sha256').update(`${cardLibraryVersions(root)}\0`);
  for (const source of SOURCES) {
    const full = path.join(root, source);
    const files = source.endsWith('.ts')
      ? [full]
      : readdirSync(full, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.ts'))
          .sort()
          .map((name) => path.join(full, name));
    for (const file of files)
      hash
        .update(`${path.relative(root, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
  }
  const codeHash = hash.digest('hex');
  codeHashes.set(root, codeHash);
  return codeHash;
}

/**
 * The key of the card of the report kept under `reportKey`, with the given labels. Keyed by the
 * report's key rather than its contents, so that a rebuild finds which cards it has without
 * reading a single report.
 */
export function cardKey(reportKey: string, labels: CardLabels, root = process.cwd()): string {
  return createHash('sha256')
    .update(cardCodeHash(root))
    .update(JSON.stringify([reportKey, labels.from.label, labels.from.slug, labels.to.label, labels.to.slug]))
    .digest('hex');
}

/** True when a card is kept under the key (written whole: see writeCachedCard). */
export function hasCachedCard(dir: string, key: string): boolean {
  return existsSync(path.join(dir, `${key}.png`));
}

/** The card kept under the key, if it is there whole. */
export function readCachedCard(dir: string, key: string): Uint8Array<ArrayBuffer> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(dir, `${key}.png`));
  } catch {
    return undefined;
  }
  const whole = bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.subarray(-8).equals(PNG_END);
  return whole ? new Uint8Array(bytes) : undefined;
}

/** Keeps a card under the key, written whole (report-files/write-whole.ts). */
export function writeCachedCard(dir: string, key: string, png: Uint8Array): void {
  writeWhole(dir, key, '.png', png);
}

const CARD_FILE = /^([0-9a-f]{64})\.png$/u;
/** The temporary name write-whole.ts gives a card while it is written. */
const TEMPORARY_FILE = /^[0-9a-f]{64}\.[0-9]+-[0-9]+\.tmp$/u;
/** Older than this, a temporary file is a write that stopped, not one under way. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/**
 * Whether a file of the card folder is stale: a card no page names (its key is not `wanted`), or
 * a temporary file a stopped write left. A file the card cache would never write is not its to
 * remove, nor is a temporary file another build may still be writing.
 */
export function isStaleCardFile(dir: string, name: string, wanted: ReadonlySet<string>): boolean {
  const card = CARD_FILE.exec(name);
  if (card !== null) return !wanted.has(card[1]!);
  if (!TEMPORARY_FILE.test(name)) return false;
  try {
    return Date.now() - statSync(path.join(dir, name)).mtimeMs > ABANDONED_AFTER_MS;
  } catch {
    return false;
  }
}
