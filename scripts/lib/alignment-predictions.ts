/**
 * The aligner's pairs on a sentence-alignment data set (../shared/eval/README.md's format), each
 * sentence one unit, by index into the set's sentences: what eval:align scores, and what
 * calibrate:alignment scores for each candidate setting.
 */
import { alignUnits, lineUnits } from '../../src/analysis/index.ts';
import type { AlignOptions } from '../../src/analysis/align/align-options.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../../src/analysis/align/align-options.ts';
import type { EvalDocument, KindedPair } from './alignment-score.ts';

/** Each document's predicted pairs, with the kind of group each came from. */
export function predictAlignments(
  documents: readonly EvalDocument[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): Map<string, KindedPair[]> {
  const predictions = new Map<string, KindedPair[]>();
  for (const document of documents) {
    // lineUnits keeps every sentence, one unit each, with ids u0, u1, … matching the indices, except
    // that it drops empty lines: map ids back through the kept indices.
    const keptFrom = document.a.flatMap((text, index) => (text.trim() === '' ? [] : [index]));
    const keptTo = document.b.flatMap((text, index) => (text.trim() === '' ? [] : [index]));
    const alignment = alignUnits(lineUnits(document.a), lineUnits(document.b), options);
    const index = (id: string, kept: number[]): number => kept[Number(id.slice(1))]!;
    predictions.set(
      document.id,
      alignment.groups.flatMap((group) => {
        const kind = group.moved
          ? 'moved'
          : group.from.length > 1 || group.to.length > 1
            ? 'split or merge'
            : 'one-to-one';
        return group.from.flatMap((fromId) =>
          group.to.map((toId): KindedPair => ({ pair: [index(fromId, keptFrom), index(toId, keptTo)], kind })),
        );
      }),
    );
  }
  return predictions;
}
