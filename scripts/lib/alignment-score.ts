/**
 * Precision, recall and F1 over aligned sentence pairs, counted as ../shared/eval/score.mjs counts
 * them: per document TP = |pred ∩ gold|, FP = |pred| − TP, FN = |gold| − TP, summed over documents.
 */

/** One evaluation document: two sentence lists and the gold pairs, under the data set's own keys. */
export interface EvalDocument {
  readonly id: string;
  /** The original's sentences (the `from` side). */
  readonly a: readonly string[];
  /** The rewrite's sentences (the `to` side). */
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

/** How a predicted pair arose: a one-to-one group, a member of a split or merge, or a move. */
export type PairKind = 'one-to-one' | 'split or merge' | 'moved';

/** A predicted pair and how it arose. */
export interface KindedPair {
  readonly pair: readonly [number, number];
  readonly kind: PairKind;
}

/** Where the errors come from: a diagnostic beside the score, which counts every pair alike. */
export interface ErrorBreakdown {
  /** Predicted pairs not in gold, by how they arose. */
  readonly falsePositives: Readonly<Record<PairKind, number>>;
  /** Gold pairs not predicted: its original sentence left unaligned, its rewrite sentence left unaligned, or both aligned elsewhere. */
  readonly falseNegatives: {
    readonly fromUnaligned: number;
    readonly toUnaligned: number;
    readonly pairedOtherwise: number;
  };
  /** Gold pairs that cross another gold pair (a moved sentence aligned), and gold sentences in more than one pair. */
  readonly gold: { readonly pairs: number; readonly crossing: number; readonly inSeveralPairs: number };
  /** The score with predicted moves left out. */
  readonly withoutMoves: PairScore;
}

export function errorBreakdown(
  documents: readonly EvalDocument[],
  predictions: ReadonlyMap<string, readonly KindedPair[]>,
): ErrorBreakdown {
  const falsePositives: Record<PairKind, number> = { 'one-to-one': 0, 'split or merge': 0, moved: 0 };
  const falseNegatives = { fromUnaligned: 0, toUnaligned: 0, pairedOtherwise: 0 };
  const gold = { pairs: 0, crossing: 0, inSeveralPairs: 0 };
  for (const document of documents) {
    const goldPairs = new Set(document.gold.map(([i, j]) => `${i},${j}`));
    const predicted = predictions.get(document.id) ?? [];
    for (const { pair, kind } of predicted) if (!goldPairs.has(`${pair[0]},${pair[1]}`)) falsePositives[kind] += 1;
    const predictedPairs = new Set(predicted.map(({ pair }) => `${pair[0]},${pair[1]}`));
    const alignedFrom = new Set(predicted.map(({ pair }) => pair[0]));
    const alignedTo = new Set(predicted.map(({ pair }) => pair[1]));
    for (const [i, j] of document.gold) {
      if (predictedPairs.has(`${i},${j}`)) continue;
      if (!alignedFrom.has(i)) falseNegatives.fromUnaligned += 1;
      else if (!alignedTo.has(j)) falseNegatives.toUnaligned += 1;
      else falseNegatives.pairedOtherwise += 1;
    }
    gold.pairs += document.gold.length;
    for (const [i, j] of document.gold) {
      for (const [x, y] of document.gold) if (i < x && j > y) gold.crossing += 1;
    }
    const count = (values: readonly number[]): number => {
      const seen = new Map<number, number>();
      for (const value of values) seen.set(value, (seen.get(value) ?? 0) + 1);
      return [...seen.values()].filter((times) => times > 1).length;
    };
    gold.inSeveralPairs += count(document.gold.map(([i]) => i)) + count(document.gold.map(([, j]) => j));
  }
  const inOrder = new Map(
    [...predictions].map(([id, pairs]) => [id, pairs.filter(({ kind }) => kind !== 'moved').map(({ pair }) => pair)]),
  );
  return { falsePositives, falseNegatives, gold, withoutMoves: scorePairs(documents, inOrder) };
}
