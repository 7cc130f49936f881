/**
 * npm run calibrate:alignment
 *
 * Chooses the aligner's gap share (src/analysis/align/align-options.ts, `gapShare`: the share of
 * the threshold a pair filling a one-unit gap must reach) by measurement. For each candidate share,
 * and with gap filling off, it runs the two alignment development sets (Aesop fables retold,
 * ArgRewrite essay drafts) and the news set, and prints F1 (ArgRewrite also without predicted
 * moves, which its annotators never align) and the news set's alignment line. It then names the
 * share with the best summed F1 among those that keep the news alignment as good as without
 * filling. The sets are development data kept outside the project, and nothing of them is copied
 * here. Run by hand; it changes no file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AlignOptions } from '../src/analysis/align/align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../src/analysis/align/align-options.ts';
import { predictAlignments } from './lib/alignment-predictions.ts';
import type { EvalDocument } from './lib/alignment-score.ts';
import { errorBreakdown, scorePairs } from './lib/alignment-score.ts';
import { DEFAULT_NEWS_SET, readNewsSet, scoreNewsSet } from './lib/news-set.ts';

const EVAL = path.resolve(import.meta.dirname, '../../shared/eval');
const SHARES = [Infinity, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3];

const read = (name: string): EvalDocument[] =>
  JSON.parse(readFileSync(path.join(EVAL, name), 'utf8')) as EvalDocument[];
const aesop = read('aesop-dev.json');
const argrewrite = read('argrewrite-d1-d2.json');
const news = readNewsSet(DEFAULT_NEWS_SET);
if (news === undefined) {
  console.error(`${DEFAULT_NEWS_SET}: no news evaluation set here (no score.mjs).`);
  process.exit(2);
}

const f1 = (documents: readonly EvalDocument[], options: AlignOptions) => {
  const predictions = predictAlignments(documents, options);
  const pairs = new Map([...predictions].map(([id, kinded]) => [id, kinded.map(({ pair }) => pair)]));
  return { f1: scorePairs(documents, pairs).f1, withoutMoves: errorBreakdown(documents, predictions).withoutMoves.f1 };
};
/** The news set's alignment figures, from its scorer's total line ("align need-recall R precision P"). */
const newsAlignment = (): { recall: number; precision: number } => {
  const total = scoreNewsSet(news).trim().split('\n').at(-1) ?? '';
  const match = /need-recall ([\d.]+) precision ([\d.]+)/u.exec(total);
  return { recall: Number(match?.[1] ?? 0), precision: Number(match?.[2] ?? 0) };
};

// The news set runs the analysis with its defaults: the candidate is set there for each run.
const defaults = DEFAULT_ALIGN_OPTIONS as { gapShare: number };
const committed = defaults.gapShare;
const rows = SHARES.map((share) => {
  defaults.gapShare = share;
  const options = { ...DEFAULT_ALIGN_OPTIONS, gapShare: share };
  return { share, aesop: f1(aesop, options), argrewrite: f1(argrewrite, options), news: newsAlignment() };
});
defaults.gapShare = committed;

const percent = (value: number): string => (100 * value).toFixed(1);
console.log('gap share | Aesop F1 | ArgRewrite F1 (without moves) | news need-recall / precision');
for (const row of rows) {
  console.log(
    `${row.share === Infinity ? 'off' : row.share.toFixed(1)} | ${percent(row.aesop.f1)} | ${percent(row.argrewrite.f1)} (${percent(row.argrewrite.withoutMoves)}) | ${row.news.recall} / ${row.news.precision}`,
  );
}
const off = rows[0]!;
const eligible = rows.filter((row) => row.news.recall >= off.news.recall && row.news.precision >= off.news.precision);
const best = eligible.reduce((a, b) =>
  b.aesop.f1 + b.argrewrite.withoutMoves > a.aesop.f1 + a.argrewrite.withoutMoves ? b : a,
);
console.log(
  `best: ${best.share === Infinity ? 'off' : best.share} (committed: ${committed}); ties go to the first listed, the stricter share`,
);
