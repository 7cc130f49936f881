/**
 * Precision, recall and F1 over aligned sentence pairs, counted as ../shared/eval/score.mjs counts
 * them: per document TP = |pred ∩ gold|, FP = |pred| − TP, FN = |gold| − TP, summed over documents.
 */

/** One evaluation document: two sentence lists and the gold pairs. */
export interface EvalDocument {
  readonly id: string;
  readonly a: readonly string[];
  readonly b: readonly string[];
  readonly gold: readonly (readonly [number, number])[];
}

/** Summed counts and the scores they give. */
export interface PairScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Scores predicted pairs against gold, micro-averaged over documents. */
export function scorePairs(
  documents: readonly EvalDocument[],
  predictions: ReadonlyMap<string, readonly (readonly [number, number])[]>,
): PairScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const document of documents) {
    const gold = new Set(document.gold.map(([i, j]) => `${i},${j}`));
    const predicted = new Set((predictions.get(document.id) ?? []).map(([i, j]) => `${i},${j}`));
    let hits = 0;
    for (const pair of predicted) if (gold.has(pair)) hits += 1;
    tp += hits;
    fp += predicted.size - hits;
    fn += gold.size - hits;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
