/**
 * npm run eval:news [-- DIR] [--verbose]
 *
 * Measures "What changed" on real news rewrites: runs every pair of DIR (default
 * ../shared/eval/news: one folder per pair with left.txt, the original, and right.txt, the
 * rewrite, and the gold list an editor made) through the analysis, as `npm run compare` reads
 * them, and prints what the set's own scorer (DIR/score.mjs) prints: per pair and in total, the
 * alignment's need-recall and precision, the editor's items named by a finding, the editor's
 * first three among the eight findings shown first, and how many findings there are. The set is
 * development data kept outside the project; nothing of it is copied here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareDocuments } from '../src/analysis/index.ts';
import { readComparedDocument } from './lib/compared-file.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', default: false } },
});
const root = path.resolve(import.meta.dirname, '..');
const setDir = path.resolve(positionals[0] ?? path.join(root, '../shared/eval/news'));
const scorer = path.join(setDir, 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`${setDir}: no news evaluation set here (no score.mjs).`);
  console.error('usage: npm run eval:news [-- DIR] [--verbose]   (DIR holds <pair>/left.txt, right.txt, gold.json)');
  process.exit(2);
}

const pairs = readdirSync(setDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(setDir, entry.name, 'left.txt')))
  .map((entry) => entry.name)
  .sort();
const reportsDir = mkdtempSync(path.join(tmpdir(), 'reworded-eval-news-'));
try {
  for (const pair of pairs) {
    const report = compareDocuments(
      readComparedDocument(path.join(setDir, pair, 'left.txt')),
      readComparedDocument(path.join(setDir, pair, 'right.txt')),
    );
    writeFileSync(path.join(reportsDir, `${pair}.json`), JSON.stringify(report));
  }
  const args = [scorer, setDir, reportsDir, ...(values.verbose ? ['--verbose'] : [])];
  process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }));
} finally {
  rmSync(reportsDir, { recursive: true, force: true });
}
