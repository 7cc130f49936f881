/**
 * npm run calibrate:alignment
 *
 * Chooses three of the aligner's settings (src/analysis/align/align-options.ts) by measurement:
 * `gapShare` (the share of the threshold a pair filling a one-unit gap must reach),
 * `memberThreshold` (the containment a member of a split or merge needs) and `moveThreshold` (the
 * similarity a move needs). For every combination on a grid it runs the two alignment development
 * sets (Aesop fables retold, ArgRewrite essay drafts) and the news set, and prints F1 (ArgRewrite
 * also without predicted moves, which its annotators never align) and the news set's alignment
 * line. It then names the combination with the best sum of the three F1 figures and the news
 * need-recall and precision, among those that keep the news precision at 95 or more. The sets are
 * development data kept outside the project, and nothing of them is copied here. Run by hand; it
 * changes no file.
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
const GAP_SHARES = [Infinity, 1, 0.9, 0.8, 0.7, 0.6, 0.5];
const MEMBER_THRESHOLDS = [0.75, 0.7, 0.65, 0.6, 0.55, 0.5];
const MOVE_THRESHOLDS = [0.5, 0.45, 0.4, 0.35, 0.3];
/** The news alignment's precision floor: a setting below it pairs sentences a reader would not. */
const MIN_NEWS_PRECISION = 95;

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

// The news set runs the analysis with its defaults: each candidate is set there for its run.
type Tuned = Pick<AlignOptions, 'gapShare' | 'memberThreshold' | 'moveThreshold'>;
const defaults = DEFAULT_ALIGN_OPTIONS as Tuned;
const committed: Tuned = { ...defaults };
const candidates: Tuned[] = GAP_SHARES.flatMap((gapShare) =>
  MEMBER_THRESHOLDS.flatMap((memberThreshold) =>
    MOVE_THRESHOLDS.map((moveThreshold) => ({ gapShare, memberThreshold, moveThreshold })),
  ),
);
const rows = candidates.map((tuned) => {
  Object.assign(defaults, tuned);
  const options = { ...DEFAULT_ALIGN_OPTIONS, ...tuned };
  const row = { tuned, aesop: f1(aesop, options), argrewrite: f1(argrewrite, options), news: newsAlignment() };
  // The news set counts both ways: a false pair misleads a reader as much as a missed one.
  const news = row.news.recall + row.news.precision;
  return { ...row, sum: 100 * (row.aesop.f1 + row.argrewrite.f1 + row.argrewrite.withoutMoves) + news };
});
Object.assign(defaults, committed);

const percent = (value: number): string => (100 * value).toFixed(2);
const describe = ({ gapShare, memberThreshold, moveThreshold }: Tuned): string =>
  `gap ${gapShare === Infinity ? 'off' : gapShare.toFixed(1)} member ${memberThreshold.toFixed(2)} move ${moveThreshold.toFixed(2)}`;
console.log('setting | Aesop F1 | ArgRewrite F1 (without moves) | news need-recall / precision | sum');
for (const row of rows) {
  console.log(
    `${describe(row.tuned)} | ${percent(row.aesop.f1)} | ${percent(row.argrewrite.f1)} (${percent(row.argrewrite.withoutMoves)}) | ${row.news.recall} / ${row.news.precision} | ${row.sum.toFixed(2)}`,
  );
}
const eligible = rows.filter((row) => row.news.precision >= MIN_NEWS_PRECISION);
if (eligible.length === 0) {
  console.error(`no setting keeps the news precision at ${MIN_NEWS_PRECISION} or more`);
  process.exit(1);
}
// Every list runs from the strictest value to the loosest, and a setting must beat the best so
// far by more than a hundredth of a point to take its place: of near ties, the stricter stays.
const best = eligible.reduce((a, b) => (b.sum > a.sum + 0.01 ? b : a));
console.log(`best: ${describe(best.tuned)} (committed: ${describe(committed)})`);
