/**
 * The map in words, for a reader who cannot see it and for one who wants it said plainly: which
 * of the original's units were kept word for word, reworded in place, split, merged, dropped or
 * moved, and where the rewrite's new units are ("Kept word for word: sentences 1 to 14. Dropped:
 * sentences 15 to 27. Moved up: sentence 30."). Each unit is on one line only.
 */
import type { MapBlock, MapGeometry } from './map-geometry.ts';
import { namesPhrase } from './unit-names.ts';

/** One line of the text alternative: what it says, then which units. */
export interface MapLine {
  readonly label: string;
  readonly units: string;
}

/** The lines that say the map in words, in a reader's order; lines with no unit are left out. */
export function mapWords(map: MapGeometry): MapLine[] {
  const original = map.blocks.filter((block) => block.side === 'from');
  const rewrite = map.blocks.filter((block) => block.side === 'to');
  const aligned = rewrite.flatMap((block, index) => (block.fate === 'added' ? [] : [index]));
  const firstAligned = aligned[0] ?? rewrite.length;
  const lastAligned = aligned.at(-1) ?? rewrite.length;
  const added = (where: (index: number) => boolean): MapBlock[] =>
    rewrite.filter((block, index) => block.fate === 'added' && where(index));
  const lines: [string, readonly MapBlock[]][] = [
    ['Kept word for word', original.filter((block) => block.fate === 'unchanged')],
    ['Reworded in place', original.filter((block) => block.fate === 'edited')],
    ['Split in the rewrite', original.filter((block) => block.fate === 'split')],
    ['Merged in the rewrite', original.filter((block) => block.fate === 'merged')],
    ['Dropped', original.filter((block) => block.fate === 'dropped')],
    ['Moved up', original.filter((block) => block.fate === 'moved' && block.direction === 'up')],
    ['Moved down', original.filter((block) => block.fate === 'moved' && block.direction === 'down')],
    ['New at the top of the rewrite', added((index) => index < firstAligned)],
    ['New further down the rewrite', added((index) => index > firstAligned && index < lastAligned)],
    ['New at the end of the rewrite', added((index) => index > lastAligned)],
  ];
  return lines
    .filter(([, blocks]) => blocks.length > 0)
    .map(([label, blocks]) => ({ label, units: namesPhrase(blocks.flatMap((block) => block.names)) }));
}
