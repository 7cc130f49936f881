import { describe, expect, test } from 'vitest';
import { compareDocuments } from '../../../src/analysis/index.ts';
import { blockLabel } from '../../../src/data/alignment-map/block-label.ts';
import { mapGeometry } from '../../../src/data/alignment-map/map-geometry.ts';
import { mapWords } from '../../../src/data/alignment-map/map-words.ts';
import type { UnitName } from '../../../src/data/alignment-map/unit-names.ts';
import { namesPhrase } from '../../../src/data/alignment-map/unit-names.ts';

const sentence = (number: number): UnitName => ({ family: 'sentence', number });

describe('namesPhrase', () => {
  test('says runs of sentences as ranges, and names what is not a sentence', () => {
    expect(
      namesPhrase([
        { family: 'headline' },
        ...[1, 2, 3, 4].map(sentence),
        { family: 'heading', number: 2 },
        sentence(7),
      ]),
    ).toBe('the headline, sentences 1 to 4, heading 2 and sentence 7');
  });

  test('says what the numbers count again after a heading, in the singular or plural of its run', () => {
    expect(namesPhrase([sentence(2), sentence(3), { family: 'heading', number: 1 }, sentence(4)])).toBe(
      'sentences 2, 3, heading 1 and sentence 4',
    );
    expect(namesPhrase([sentence(1), { family: 'heading', number: 1 }, sentence(5), sentence(9)])).toBe(
      'sentence 1, heading 1, sentences 5 and 9',
    );
  });

  test('says two neighbours as two numbers, and one sentence in the singular', () => {
    expect(namesPhrase([2, 4, 5].map(sentence))).toBe('sentences 2, 4 and 5');
    expect(namesPhrase([sentence(30)])).toBe('sentence 30');
  });
});

/** A paragraph of sentences "Sentence N is about T." for each number given. */
const paragraph = (numbers: readonly number[]) => ({
  type: 'paragraph' as const,
  text: numbers
    .map(
      (n) =>
        `Sentence ${n} tells of the harbour ${['bridge', 'ferry', 'tunnel', 'quay', 'lock', 'crane', 'pier', 'dock'][n % 8]} number ${n} and its keepers.`,
    )
    .join(' '),
});

describe('mapWords', () => {
  test('says what was kept word for word, reworded, dropped, moved and added, and whose numbers', () => {
    const original = { headline: undefined, body: [paragraph([1, 2, 3, 4, 5, 6]), paragraph([7, 8, 9, 10])] };
    const reworded = paragraph([10]).text.replace('and its keepers', 'and all of its keepers');
    const rewrite = {
      headline: undefined,
      body: [
        {
          type: 'paragraph' as const,
          text: 'A wholly new opening line appears here first. Another fresh line follows it.',
        },
        paragraph([9, 1, 2, 3]),
        { type: 'paragraph' as const, text: `${paragraph([7, 8]).text} ${reworded}` },
      ],
    };
    const map = mapGeometry(compareDocuments(original, rewrite));
    expect(mapWords(map)).toEqual([
      { label: 'Kept word for word', units: 'sentences 1 to 3, 7 and 8 of the original' },
      { label: 'Reworded in place', units: 'sentence 10 of the original' },
      { label: 'Dropped', units: 'sentences 4 to 6 of the original' },
      { label: 'Moved up', units: 'sentence 9 of the original' },
      { label: 'New at the top', units: 'sentences 1 and 2 of the rewrite' },
    ]);
    const moved = map.blocks.find((block) => block.side === 'from' && block.fate === 'moved')!;
    expect(blockLabel(moved)).toMatch(/^Sentence 9 of the original, moved up; see row \d+$/u);
  });
});

describe('mapWords, for a rewrite that shares nothing with the original', () => {
  test('says that nothing was kept and that all of the rewrite is new', () => {
    const map = mapGeometry(
      compareDocuments(
        { headline: undefined, body: [paragraph([1, 2])] },
        {
          headline: undefined,
          body: [{ type: 'paragraph' as const, text: 'Wholly other words stand here. Nothing else is the same.' }],
        },
      ),
    );
    expect(mapWords(map)).toEqual([
      { label: 'Dropped', units: 'sentences 1 and 2 of the original' },
      { label: 'All new, nothing kept', units: 'sentences 1 and 2 of the rewrite' },
    ]);
  });
});

describe('blockLabel', () => {
  test('says which unit, what became of it, its finding and which row to read', () => {
    const map = mapGeometry(
      compareDocuments(
        { headline: 'Harbour bridge reopens after repairs', body: [paragraph([1, 2])] },
        { headline: 'Harbour bridge finally reopens after long repairs', body: [paragraph([1, 2])] },
      ),
    );
    expect(map.blocks.map(blockLabel)).toEqual([
      'The headline of the original, reworded, with an important finding; see row 1',
      'Sentence 1 of the original, kept word for word; see row 2',
      'Sentence 2 of the original, kept word for word; see row 3',
      'The headline of the rewrite, reworded, with an important finding; see row 1',
      'Sentence 1 of the rewrite, kept word for word; see row 2',
      'Sentence 2 of the rewrite, kept word for word; see row 3',
    ]);
  });
});
