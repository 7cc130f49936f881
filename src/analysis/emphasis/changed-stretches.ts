/**
 * The changed stretches of an aligned group: runs of words the word diff marks removed (on the
 * original's side) or added (on the rewrite's), each with its place, the number of unchanged words
 * of its side before it, so that a stretch and the one in its place on the other side can be paired.
 */
import type { EmphasisContext, UnitInfo } from './context.ts';
import type { Word } from './match.ts';

/** A changed stretch of one unit: its words, and its place (unchanged words of the side before it). */
export interface Stretch {
  readonly info: UnitInfo;
  readonly words: readonly Word[];
  readonly place: number;
}

/** The changed stretches of a group's side, in order. */
export function changedStretches(
  diffs: EmphasisContext['input']['groups'][number]['diff']['from'],
  infos: readonly UnitInfo[],
  op: 'removed' | 'added',
): Stretch[] {
  const stretches: Stretch[] = [];
  let unchanged = 0;
  for (const diff of diffs) {
    const info = infos.find((candidate) => candidate.unit.id === diff.unit);
    if (info === undefined) continue;
    // Words and segments both run in text order: one pass over each.
    let next = 0;
    let offset = 0;
    for (const segment of diff.segments) {
      offset += segment.text.length;
      const words: Word[] = [];
      while (next < info.words.length && info.words[next]!.end <= offset) words.push(info.words[next++]!);
      if (segment.op === 'same') unchanged += words.length;
      else if (segment.op === op && words.length > 0) stretches.push({ info, words, place: unchanged });
    }
  }
  return stretches;
}
