/**
 * The map in words, for a reader who cannot see it and for one who wants it said plainly: which
 * of the original's units were kept word for word, reworded in place, split, merged, dropped or
 * moved, and where the rewrite's new units are ("Kept word for word: sentences 1 to 14 of the
 * original. New at the top: sentence 1 of the rewrite."). Each unit is on one line only, and each
 * line says whose numbers it gives: the original's for what became of its units, the rewrite's
 * for what is new.
 */
import type { MapBlock, MapGeometry, MapSide } from './map-geometry.ts';
import { namesPhrase } from './unit-names.ts';

/** One line of the text alternative: what it says, then which units. */
export interface MapLine {
  readonly label: string;
  readonly units: string;
}

const SIDES: Record<MapSide, string> = { from: 'the original', to: 'the rewrite' };

/** The lines that say the map in words, in a reader's order; lines with no unit are left out. */
export function mapWords(map: MapGeometry): MapLine[] {
  const original = map.blocks.filter((block) => block.side === 'from');
  const rewrite = map.blocks.filter((block) => block.side === 'to');
  const aligned = rewrite.flatMap((block, index) => (block.fate === 'added' ? [] : [index]));
  const firstAligned = aligned[0] ?? rewrite.length;
  const lastAligned = aligned.at(-1) ?? rewrite.length;
  const added = (where: (index: number) => boolean): MapBlock[] =>
    rewrite.filter((block, index) => block.fate === 'added' && where(index));
  const lines: (readonly [string, MapSide, readonly MapBlock[]])[] = [
    ['Kept word for word', 'from', original.filter((block) => block.fate === 'unchanged')],
    ['Reworded in place', 'from', original.filter((block) => block.fate === 'edited')],
    ['Split in the rewrite', 'from', original.filter((block) => block.fate === 'split')],
    ['Merged in the rewrite', 'from', original.filter((block) => block.fate === 'merged')],
    ['Dropped', 'from', original.filter((block) => block.fate === 'dropped')],
    ['Moved up', 'from', original.filter((block) => block.fate === 'moved' && block.direction === 'up')],
    ['Moved down', 'from', original.filter((block) => block.fate === 'moved' && block.direction === 'down')],
    ...(aligned.length === 0
      ? ([['All new, nothing kept', 'to', rewrite]] as const)
      : ([
          ['New at the top', 'to', added((index) => index < firstAligned)],
          ['New further down', 'to', added((index) => index > firstAligned && index < lastAligned)],
          ['New at the end', 'to', added((index) => index > lastAligned)],
        ] as const)),
  ];
  // Each side numbers its own sentences: every line says whose numbers it gives.
  return lines
    .filter(([, , blocks]) => blocks.length > 0)
    .map(([label, side, blocks]) => ({
      label,
      units: `${namesPhrase(blocks.flatMap((block) => block.names))} of ${SIDES[side]}`,
    }));
}
