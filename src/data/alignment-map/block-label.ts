/**
 * The accessible name of a block of the map, which is a link to its row: what the unit is, what
 * became of it and where to read it ("Sentence 12 of the original, reworded; see row 9").
 */
import type { MapBlock } from './map-geometry.ts';
import { namesPhrase } from './unit-names.ts';

const SIDES = { from: 'the original', to: 'the rewrite' } as const;
/** The levels in the words "What changed" uses for them ("Important", "Notable", "Minor"). */
const LEVEL_WORDS = { high: 'an important', medium: 'a notable', low: 'a minor' } as const;

/** What became of the unit, in words. */
export function fateWords(block: Pick<MapBlock, 'fate' | 'changed' | 'direction' | 'side'>): string {
  switch (block.fate) {
    case 'unchanged':
      return 'kept word for word';
    case 'edited':
      return 'reworded';
    case 'split':
      return block.side === 'from'
        ? splitOrMerge('split in the rewrite', block.changed)
        : splitOrMerge('split from the original', block.changed);
    case 'merged':
      return block.side === 'from'
        ? splitOrMerge('merged in the rewrite', block.changed)
        : splitOrMerge('merged from the original', block.changed);
    case 'moved':
      return `moved ${block.direction ?? 'elsewhere'}${block.changed ? ' and reworded' : ''}`;
    case 'dropped':
      return 'dropped';
    case 'added':
      return 'new in the rewrite';
  }
}

function splitOrMerge(words: string, changed: boolean): string {
  return changed ? `${words}, reworded` : words;
}

/** The block's accessible name. */
export function blockLabel(block: MapBlock): string {
  const finding = block.level === undefined ? '' : `, with ${LEVEL_WORDS[block.level]} finding`;
  const names = namesPhrase(block.names);
  const rows = block.lastRow > block.row ? `rows ${block.row} to ${block.lastRow}` : `row ${block.row}`;
  return `${capitalise(names)} of ${SIDES[block.side]}, ${fateWords(block)}${finding}; see ${rows}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
