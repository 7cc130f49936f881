/**
 * Reports kept on disk between builds, by a hash of what they were computed from: the two
 * documents as the analysis takes them, and the analysis's own source code. A changed article, or
 * any change to src/analysis, gives a new key; nothing is ever read stale. The folder is safe to
 * delete at any time: a missing report is computed again.
 *
 * Filled on every core by scripts/analyse.ts before `astro build`; read and added to by the pages
 * through cached-report.ts. What is read is checked against the report schema, since anything may
 * have written the file (a disk filled mid-write, a hand, a tool): a file that is not a report of
 * this format is a miss, computed again and written over, never a broken build.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ComparableDocument, Report } from '../analysis/index.ts';
import { writeWhole } from './write-whole.ts';
import { REPORT_VERSION } from '../analysis/index.ts';
import { reportSchema } from '../analysis/report/report-schema.ts';

/**
 * Where reports are kept: beside the content folder when REWORDED_CONTENT names another one (so a
 * test or benchmark site never shares the real site's cache), else under node_modules/.cache.
 */
export function analysisCacheDir(root = process.cwd()): string {
  const content = process.env['REWORDED_CONTENT'];
  return content === undefined
    ? path.join(root, 'node_modules/.cache/reworded/analysis')
    : path.join(path.resolve(root, content), '.cache/analysis');
}

let codeHash: string | undefined;

/**
 * A hash of what a report depends on besides its documents, read once per process: the report's
 * format version, every source file of the analysis, the version of jsdiff (the word diff), and
 * Node's with its ICU (sentence segmentation and Unicode properties come from ICU). The sources
 * hold the version too; it is named on its own so that the key still changes with the format if
 * the sources are ever read from elsewhere.
 */
export function analysisCodeHash(root = process.cwd()): string {
  if (codeHash !== undefined) return codeHash;
  const dir = path.join(root, 'src/analysis');
  const hash = createHash('sha256');
  const diff = JSON.parse(readFileSync(path.join(root, 'node_modules/diff/package.json'), 'utf8')) as {
    version: string;
  };
  hash.update(
    `report ${REPORT_VERSION}\0diff ${diff.version}\0node ${process.version}\0icu ${process.versions.icu ?? ''}\0unicode ${process.versions.unicode ?? ''}\0`,
  );
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    hash
      .update(`${file.split(path.sep).join('/')}\0`)
      .update(readFileSync(path.join(dir, file)))
      .update('\0');
  }
  codeHash = hash.digest('hex');
  return codeHash;
}

/** The key of the report of `from` with `to`. */
export function reportKey(from: ComparableDocument, to: ComparableDocument, root = process.cwd()): string {
  return createHash('sha256')
    .update(analysisCodeHash(root))
    .update(JSON.stringify(from))
    .update('\0')
    .update(JSON.stringify(to))
    .digest('hex');
}

/** True when a report is kept under the key (written whole: see writeCachedReport). */
export function hasCachedReport(dir: string, key: string): boolean {
  return existsSync(path.join(dir, `${key}.json`));
}

/** The cached report under a key, if one that the report schema accepts is there. */
export function readCachedReport(dir: string, key: string): Report | undefined {
  const file = path.join(dir, `${key}.json`);
  if (!existsSync(file)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // A file cut short (a build killed mid-write on a system without atomic rename), or one that
    // cannot be read (a folder of that name, no permission), is a miss.
    return undefined;
  }
  // `{}`, `null`, a report of another format version or shape: a miss, never shown. The value read
  // is returned, not the schema's copy of it, so that a report from the cache and one just computed
  // give the pages the same object, key order included (builds are byte-identical).
  return reportSchema.safeParse(value).success ? (value as Report) : undefined;
}

/**
 * Makes sure reports can be kept in `dir`: creates it, and throws the file system's error when it
 * cannot be written (read-only, or a file where it or a folder above it should be).
 */
export function openReportCache(dir: string): void {
  mkdirSync(dir, { recursive: true });
  accessSync(dir, constants.W_OK);
}

/** Keeps a report, written whole (write-whole.ts). */
export function writeCachedReport(dir: string, key: string, report: Report): void {
  writeWhole(dir, key, '.json', JSON.stringify(report));
}
