/**
 * Cutting at anchors is a shortcut, not a change of answer: when the whole range fits in the chain
 * programme, aligning it cut at its identical units gives the groups that the programme gives for
 * the range whole. It holds for a rewrite that keeps its sentences in order; an identical sentence
 * that moved can be taken for an anchor (the known miss below), and where two chains score exactly
 * the same (a split beside a merge, each member contained whole) the two may pick differently.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alignInputs } from '../../../src/analysis/align/align-inputs.ts';
import { DEFAULT_ALIGN_OPTIONS } from '../../../src/analysis/align/align-options.ts';
import { alignSequences } from '../../../src/analysis/align/align-sequences.ts';
import { alignUnits } from '../../../src/analysis/align/align-units.ts';
import { lineUnits } from '../../../src/analysis/units/units.ts';

/** Sentences of one story, each with a rewording. */
const STORY = [
  [
    'The minister resigned on Tuesday after weeks of pressure.',
    'After weeks of pressure, the minister quit on Tuesday.',
  ],
  ['Opposition parties welcomed the resignation.', 'The resignation was welcomed by opposition parties.'],
  [
    'The prime minister thanked her for years of service.',
    'She was thanked by the prime minister for her years of service.',
  ],
  ['An election is expected in the spring.', 'Analysts expect an election in spring.'],
  ['Talks in Geneva ended without a deal on Monday.', 'Monday’s talks in Geneva ended with no deal.'],
  ['Moscow rejected the European version outright.', 'Moscow dismissed the European version outright.'],
  ['Kyiv said its delegation would return home to report.', 'Its delegation would come home to report, Kyiv said.'],
  ['Markets fell sharply on the news.', 'On the news, markets fell sharply.'],
  ['The central bank left rates unchanged at 4 percent.', 'Rates stayed at 4 percent, the central bank said.'],
  ['Officials counted 28 points in the plan.', 'The plan had 28 points, officials said.'],
] as const;
/** Sentences of another story, for the rewrite to add. */
const OTHER = [
  'Cats sleep most of the day in warm places.',
  'The ferry to the island was late again.',
  'A new bakery opened on the corner of Main Street.',
];

/** What the rewrite does with a sentence of the original. */
type Fate = 'kept' | 'reworded' | 'dropped' | 'merged' | 'split';

/** The rewrite of picked sentences, in their order: `merged` joins a sentence to the one before it when that one was kept or reworded. */
function rewrite(
  picked: readonly number[],
  fates: readonly Fate[],
  added: readonly { at: number; text: string }[],
): string[] {
  const to: string[] = [];
  picked.forEach((index, position) => {
    const [sentence, reworded] = STORY[index]!;
    for (const addition of added) if (addition.at === position) to.push(addition.text);
    const fate = fates[position]!;
    if (fate === 'kept') to.push(sentence);
    else if (fate === 'reworded') to.push(reworded);
    else if (fate === 'merged' && (fates[position - 1] === 'kept' || fates[position - 1] === 'reworded')) {
      to[to.length - 1] = `${to.at(-1)!.replace(/\.$/u, '')}, and ${sentence[0]!.toLowerCase()}${sentence.slice(1)}`;
    } else if (fate === 'split') {
      const words = sentence.split(' ');
      const half = Math.ceil(words.length / 2);
      to.push(`${words.slice(0, half).join(' ')}.`, `It said ${words.slice(half).join(' ')}`);
    }
  });
  return to;
}

/** An original of distinct sentences and a rewrite that keeps their order. */
const pairs = fc
  .record({
    picked: fc.uniqueArray(fc.integer({ min: 0, max: STORY.length - 1 }), { minLength: 1, maxLength: 8 }),
    fates: fc.array(fc.constantFrom<Fate>('kept', 'kept', 'reworded', 'dropped', 'merged', 'split'), {
      minLength: 8,
      maxLength: 8,
    }),
    added: fc.array(fc.record({ at: fc.nat(8), text: fc.constantFrom(...OTHER) }), { maxLength: 2 }),
    // The share of sentences kept verbatim raises the threshold; the claim holds at any height.
    verbatimShare: fc.constantFrom(0, 0.5, 1),
  })
  .map(({ picked, fates, added, verbatimShare }) => ({
    from: picked.map((index) => STORY[index]![0]),
    to: rewrite(picked, fates, added),
    verbatimShare,
  }));

describe('cutting at anchors', () => {
  test('gives the groups of the programme run on the whole range, for a rewrite in order', () => {
    fc.assert(
      fc.property(pairs, ({ from, to, verbatimShare }) => {
        const inputs = alignInputs(lineUnits(from), lineUnits(to));
        // Every range over 0 cells cut at its identical units, against no range ever cut.
        const align = (anchorCells: number) =>
          alignSequences(inputs.from, inputs.to, DEFAULT_ALIGN_OPTIONS, verbatimShare, {
            anchorCells,
            maxCells: Number.POSITIVE_INFINITY,
          });
        expect(align(0)).toEqual(align(Number.POSITIVE_INFINITY));
      }),
      { numRuns: 1000 },
    );
  });

  test.fails('known miss: an identical sentence moved in a long, reworded article is taken for an anchor', () => {
    // Sixty sentences, all reworded but two: one kept in place, one kept and moved up 28 places.
    // The longest chain of identical units is one unit long, and may be the moved one: cut there,
    // the sentences it jumped over can no longer pair in order, and come out as moves.
    const places = ['Leeds', 'York', 'Hull', 'Bath', 'Derby', 'Ely', 'Wells', 'Truro', 'Ripon', 'Lincoln'];
    const original = Array.from(
      { length: 60 },
      (_, k) =>
        `Officials in ${places[k % 10]} district ${k} reported ${k * 7 + 3} new cases of the illness on day ${k + 1}.`,
    );
    const reworded = original.map((sentence) =>
      sentence
        .replace('Officials in', 'Health workers in')
        .replace('reported', 'counted')
        .replace('new cases of the illness', 'fresh infections'),
    );
    reworded[5] = original[5]!;
    reworded.splice(40, 1);
    reworded.splice(12, 0, original[40]!);
    const moves = alignUnits(lineUnits(original), lineUnits(reworded)).groups.filter((group) => group.moved);
    expect(moves.map((group) => [group.from, group.to])).toEqual([[['u40'], ['u12']]]);
  });
});
