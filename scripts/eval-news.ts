/**
 * npm run eval:news [-- DIR] [--verbose]
 *
 * Measures "What changed" on real news rewrites: runs every pair of DIR (default
 * ../shared/eval/news: one folder per pair with left.txt, the original, and right.txt, the
 * rewrite, and the gold list an editor made) through the analysis, as `npm run compare` reads
 * them, and prints what the set's own scorer (DIR/score.mjs) prints: per pair and in total, the
 * alignment's need-recall and precision, the editor's items named by a finding, the editor's
 * first three among the eight findings shown first, and how many findings there are.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_NEWS_SET, readNewsSet, scoreNewsSet } from './lib/news-set.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { verbose: { type: 'boolean', default: false } },
});
const dir = path.resolve(positionals[0] ?? DEFAULT_NEWS_SET);
const set = readNewsSet(dir);
if (set === undefined) {
  console.error(`${dir}: no news evaluation set here (no score.mjs).`);
  console.error('usage: npm run eval:news [-- DIR] [--verbose]   (DIR holds <pair>/left.txt, right.txt, gold.json)');
  process.exit(2);
}
process.stdout.write(scoreNewsSet(set, values.verbose ? ['--verbose'] : []));
