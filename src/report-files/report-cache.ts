/**
 * Reports kept on disk between builds, by a hash of what they were computed from: the two
 * documents as the analysis takes them, and the analysis's own source code. A changed article, or
 * any change to src/analysis, gives a new key; nothing is ever read stale. The folder is safe to
 * delete at any time: a missing report is computed again.
 *
 * Filled on every core by scripts/analyse.ts before `astro build`; read and added to by the pages
 * through cached-report.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ComparableDocument, Report } from '../analysis/index.ts';
import { REPORT_VERSION } from '../analysis/index.ts';

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

/** The cached report under a key, if there is one. */
export function readCachedReport(dir: string, key: string): Report | undefined {
  const file = path.join(dir, `${key}.json`);
  if (!existsSync(file)) return undefined;
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
    // A report of another format version is a miss: it is computed again, never shown stale.
    return report.version === REPORT_VERSION ? report : undefined;
  } catch {
    // A file cut short (a build killed mid-write on a system without atomic rename) is a miss.
    return undefined;
  }
}

/** Keeps a report; written to a temporary name and renamed, so a reader never sees half a file. */
export function writeCachedReport(dir: string, key: string, report: Report): void {
  mkdirSync(dir, { recursive: true });
  const temporary = path.join(dir, `${key}.${process.pid}.tmp`);
  writeFileSync(temporary, JSON.stringify(report));
  renameSync(temporary, path.join(dir, `${key}.json`));
}
