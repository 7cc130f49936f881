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
import { alignUnits, lineUnits } from '../src/analysis/index.ts';
import type { EvalDocument } from './lib/alignment-score.ts';
import { scorePairs } from './lib/alignment-score.ts';

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
const predictions = new Map<string, [number, number][]>();
for (const document of documents) {
  // lineUnits keeps every sentence, one unit each, with ids u0, u1, … matching the indices, except
  // that it drops empty lines: map ids back through the kept indices.
  const keptA = document.a.flatMap((text, index) => (text.trim() === '' ? [] : [index]));
  const keptB = document.b.flatMap((text, index) => (text.trim() === '' ? [] : [index]));
  const alignment = alignUnits(lineUnits(document.a), lineUnits(document.b));
  const index = (id: string, kept: number[]): number => kept[Number(id.slice(1))]!;
  predictions.set(
    document.id,
    alignment.groups.flatMap((group) =>
      group.a.flatMap((idA) => group.b.map((idB): [number, number] => [index(idA, keptA), index(idB, keptB)])),
    ),
  );
}
const elapsed = performance.now() - started;

const score = scorePairs(documents, predictions);
const percent = (value: number): string => (100 * value).toFixed(1);
console.log(
  `${datasetPath}: ${documents.length} documents, ${score.tp + score.fn} gold pairs, ${score.tp + score.fp} predicted`,
);
console.log(
  `precision ${percent(score.precision)}  recall ${percent(score.recall)}  F1 ${percent(score.f1)}  (TP ${score.tp}, FP ${score.fp}, FN ${score.fn}; ${elapsed.toFixed(0)} ms)`,
);
if (values.out !== undefined) {
  writeFileSync(values.out, `${JSON.stringify(documents.map((document) => ({ id: document.id, pred: predictions.get(document.id) ?? [] })))}\n`);
}
