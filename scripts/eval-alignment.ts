/**
 * npm run eval:align -- DATASET.json [--out PRED.json]
 *
 * Runs the aligner on a sentence-alignment data set ({ id, a, b, gold }[], the format of
 * ../shared/eval/README.md), each sentence one unit, and prints precision, recall and F1 over
 * aligned pairs, counted as ../shared/eval/score.mjs counts them. --out writes the predictions in
 * that scorer's format, to check the numbers with it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { predictAlignments } from './lib/alignment-predictions.ts';
import type { EvalDocument } from './lib/alignment-score.ts';
import { errorBreakdown, scorePairs } from './lib/alignment-score.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const [datasetPath] = positionals;
if (datasetPath === undefined) {
  console.error('usage: npm run eval:align -- DATASET.json [--out PRED.json]');
  process.exit(2);
}

const documents = JSON.parse(readFileSync(datasetPath, 'utf8')) as EvalDocument[];
const started = performance.now();
const predictions = predictAlignments(documents);
const elapsed = performance.now() - started;

const pairs = new Map([...predictions].map(([id, kinded]) => [id, kinded.map(({ pair }) => pair)]));
const score = scorePairs(documents, pairs);
const percent = (value: number): string => (100 * value).toFixed(1);
console.log(
  `${datasetPath}: ${documents.length} documents, ${score.tp + score.fn} gold pairs, ${score.tp + score.fp} predicted`,
);
console.log(
  `precision ${percent(score.precision)}  recall ${percent(score.recall)}  F1 ${percent(score.f1)}  (TP ${score.tp}, FP ${score.fp}, FN ${score.fn}; ${elapsed.toFixed(0)} ms)`,
);

// Where the errors come from. A gold standard has conventions of its own (ArgRewrite's never
// aligns a moved sentence, and aligns most splits by one pair), and these lines show how much of
// the score they account for.
const breakdown = errorBreakdown(documents, predictions);
const { falsePositives: fp, falseNegatives: fn, gold } = breakdown;
console.log(
  `  false pairs: ${fp['one-to-one']} one-to-one, ${fp['split or merge']} in splits or merges, ${fp.moved} moves`,
);
console.log(
  `  missed pairs: ${fn.fromUnaligned} original sentence left unaligned, ${fn.toUnaligned} rewrite sentence left unaligned, ${fn.pairedOtherwise} both paired otherwise`,
);
console.log(
  `  gold: ${gold.crossing} crossing pairs (moves aligned) of ${gold.pairs}; ${gold.inSeveralPairs} sentences in more than one pair (splits and merges)`,
);
const w = breakdown.withoutMoves;
console.log(
  `  without predicted moves: precision ${percent(w.precision)}  recall ${percent(w.recall)}  F1 ${percent(w.f1)}`,
);
if (values.out !== undefined) {
  writeFileSync(
    values.out,
    `${JSON.stringify(documents.map((document) => ({ id: document.id, pred: pairs.get(document.id) ?? [] })))}\n`,
  );
}
