/**
 * A news evaluation set on disk (../shared/eval/news by default: one folder per pair with left.txt,
 * the original, right.txt, the rewrite, and the gold list an editor made, plus the set's own
 * score.mjs), read as `npm run compare` reads article files and scored by the set's scorer. Shared
 * by `eval:news` and `calibrate:salience`, so that both measure the same way. The set is
 * development data kept outside the project; nothing of it is copied here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ComparableDocument } from '../../src/analysis/index.ts';
import { compareDocuments } from '../../src/analysis/index.ts';
import { readComparedDocument } from './compared-file.ts';

/** The set's folder, its scorer and its pairs, each read as two documents. */
export interface NewsSet {
  readonly dir: string;
  readonly scorer: string;
  readonly pairs: readonly {
    readonly name: string;
    readonly from: ComparableDocument;
    readonly to: ComparableDocument;
  }[];
}

/** Where the set is looked for when none is named: beside the project. */
export const DEFAULT_NEWS_SET = path.resolve(import.meta.dirname, '../../../shared/eval/news');

/** The set in `dir`, or undefined when the folder holds no scorer. */
export function readNewsSet(dir: string): NewsSet | undefined {
  const scorer = path.join(dir, 'score.mjs');
  if (!existsSync(scorer)) return undefined;
  const pairs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'left.txt')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      from: readComparedDocument(path.join(dir, name, 'left.txt')),
      to: readComparedDocument(path.join(dir, name, 'right.txt')),
    }));
  return { dir, scorer, pairs };
}

/**
 * Analyses every pair with the analysis as it stands and returns what the set's scorer prints of
 * the reports: a line per pair, then the total (`scorerArgs` such as --verbose go to the scorer).
 */
export function scoreNewsSet(set: NewsSet, scorerArgs: readonly string[] = []): string {
  const reportsDir = mkdtempSync(path.join(tmpdir(), 'reworded-news-'));
  try {
    for (const { name, from, to } of set.pairs) {
      writeFileSync(path.join(reportsDir, `${name}.json`), JSON.stringify(compareDocuments(from, to)));
    }
    return execFileSync(process.execPath, [set.scorer, set.dir, reportsDir, ...scorerArgs], { encoding: 'utf8' });
  } finally {
    rmSync(reportsDir, { recursive: true, force: true });
  }
}
