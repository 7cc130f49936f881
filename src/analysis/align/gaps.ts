/**
 * Gap filling. Between two neighbouring groups in order (or before the first, after the last), a
 * unit left alone on each side is far more likely a rewrite of its counterpart than any unit
 * elsewhere: its place says so before its words do. So the two are paired on weaker evidence than a
 * pair found anywhere needs, as Bleualign and Vecalign fill the gaps between their anchors. Only a
 * gap of exactly one unit a side: in a wider gap, place no longer says which unit is whose.
 */
import type { AlignedGroup } from './aligned-group.ts';
import type { RunProfiles } from './run-profiles.ts';

/** The pairs that fill one-unit gaps between `inOrder`'s groups, each at least `threshold` alike. */
export function fillGaps(
  inOrder: readonly AlignedGroup[],
  fromLength: number,
  toLength: number,
  profiles: RunProfiles,
  threshold: number,
): AlignedGroup[] {
  const sorted = [...inOrder].sort((x, y) => Math.min(...x.from) - Math.min(...y.from));
  // The end of the documents stands as a last neighbour, so that a gap at the end is one too.
  const end: AlignedGroup = { from: [fromLength], to: [toLength], similarity: 0, moved: false };
  const filled: AlignedGroup[] = [];
  let fromBefore = -1;
  let toBefore = -1;
  for (const group of [...sorted, end]) {
    const i = fromBefore + 1;
    const j = toBefore + 1;
    if (Math.min(...group.from) === i + 1 && Math.min(...group.to) === j + 1) {
      const sim = profiles.pair(i, j);
      if (sim >= threshold) filled.push({ from: [i], to: [j], similarity: sim, moved: false });
    }
    fromBefore = Math.max(fromBefore, ...group.from);
    toBefore = Math.max(toBefore, ...group.to);
  }
  return filled;
}
