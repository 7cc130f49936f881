/**
 * A claim's footing compared across an aligned pair: a verification caveat, a conditional or an
 * attribution on one side and not the other, even when the verbs differ; and the rewordings that
 * must raise nothing (the source kept in other words, a quotation's own "if").
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';

const doc = (paragraphs: readonly string[]): ComparableDocument => ({
  body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
});
const OPENING = 'The harbour authority opened a new ferry route to the islands on Monday.';
/** The certainty and sourcing findings of a pair whose second sentence is rewritten. */
const certainty = (from: string, to: string): ReportFinding[] =>
  compareDocuments(doc([OPENING, from]), doc([OPENING, to])).findings.filter((finding) =>
    /^(caveat|conditional|source) (dropped|added)$/u.test(finding.change),
  );
const changes = (list: readonly ReportFinding[]) => list.map((finding) => `${finding.kind}/${finding.change}`);

describe('a hedged claim stated as fact in other words', () => {
  test('an attribution dropped: the claim becomes the writer’s own', () => {
    const list = certainty(
      'The old pier will close next spring for repairs, a council spokesman said on Tuesday.',
      'The old pier will close next spring for repairs.',
    );
    expect(changes(list)).toEqual(['attribution/source dropped']);
    expect(list[0]!.explanation).toContain('a council spokesman said');
    expect(list[0]!.explanation).toContain('states it without a source: “The old pier will close next spring');
  });

  test('a source named replaced by a sourceless passive is said so', () => {
    const list = certainty(
      'The captain was on the bridge when the ferry ran aground, a deckhand told local radio.',
      'The captain is believed to have been on the bridge when the ferry ran aground.',
    );
    expect(changes(list)).toEqual(['attribution/source dropped']);
    expect(list[0]!.explanation).toContain('no one named (“is believed”)');
  });

  test('a verification caveat dropped is a high finding, quoting both sides', () => {
    const list = certainty(
      'Footage shared online showed water in the lower town, though the footage could not be independently verified.',
      'Footage shared online showed water in the lower town.',
    );
    expect(changes(list)).toEqual(['hedge/caveat dropped']);
    expect(list[0]!.level).toBe('high');
    expect(list[0]!.explanation).toContain('“could not be independently verified”');
    expect(list[0]!.explanation).toContain('“Footage shared online showed water in the lower town.”');
  });

  test('"if confirmed" dropped is one caveat finding, not a caveat and a conditional', () => {
    const list = certainty(
      'If the count is confirmed, this would be the largest colony of the beetle in the region.',
      'This is the largest colony of the beetle in the region.',
    );
    expect(changes(list)).toEqual(['hedge/caveat dropped']);
  });

  test('a conditional turned into a fact', () => {
    const list = certainty(
      'If the dam holds through the weekend, the farms downstream will be spared.',
      'The farms downstream will be spared this weekend.',
    );
    expect(changes(list)).toEqual(['hedge/conditional dropped']);
    expect(list[0]!.explanation).toContain('“If the dam holds through the weekend');
  });

  test('a neutral rewording that keeps the attribution raises nothing', () => {
    expect(
      certainty(
        'The old pier will close next spring for repairs, a council spokesman said on Tuesday.',
        'A council spokesman said on Tuesday that the old pier would shut next spring for repairs.',
      ),
    ).toEqual([]);
    expect(
      certainty(
        'The old pier will close next spring, according to the council.',
        'The council said the old pier will close next spring.',
      ),
    ).toEqual([]);
  });

  test('a source kept as the subject of the sentence raises nothing', () => {
    expect(
      certainty(
        'Salmon numbers fell by a third last year, according to a survey by the river trust.',
        'A survey by the river trust found salmon numbers fell by a third last year.',
      ),
    ).toEqual([]);
  });

  test('a reporting verb in -s closing its clause is an attribution, not a noun', () => {
    // "a council survey claims.": the original was sourced, so the rewrite adds no source.
    expect(
      certainty(
        'The old pier will close next spring, a council survey claims.',
        'According to the council, the old pier will close next spring.',
      ),
    ).toEqual([]);
  });

  test('an attribution added is only a low note', () => {
    // The rewrite makes someone accountable for a claim the original stated plainly: the claim moves
    // away from the writer, not toward, so it is reported low rather than not at all.
    const list = certainty(
      'The old pier will close next spring for repairs.',
      'The old pier will close next spring for repairs, a council spokesman said.',
    );
    expect(changes(list)).toEqual(['attribution/source added']);
    expect(list[0]!.level).toBe('low');
  });

  test('a quotation’s own “if” and caveat are the speaker’s: no finding', () => {
    expect(
      certainty(
        '“If the rain keeps up, we could not confirm the match will go ahead,” the groundsman said.',
        '“The match will go ahead,” the groundsman said.',
      ),
    ).toEqual([]);
  });
});

describe('a caveat dropped with its sentence', () => {
  const caveats = (from: readonly string[], to: readonly string[]): ReportFinding[] =>
    compareDocuments(doc(from), doc(to)).findings.filter((finding) => finding.change === 'caveat dropped');
  const claim = 'A video posted on Sunday showed smoke rising over the old mill on the river.';
  const rest = 'Fire crews from three towns were sent to the valley that evening.';

  test('a caveat set as its own sentence, dropped while the claim stays: high', () => {
    const list = caveats(
      [OPENING, claim, 'The footage could not be independently verified.', rest],
      [OPENING, claim, rest],
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.level).toBe('high');
    expect(list[0]!.explanation).toContain('smoke rising over the old mill');
    expect(list[0]!.explanation).toContain('could not be independently verified');
  });

  test('a caveated claim dropped and stated plainly in a sentence of the rewrite’s own: high', () => {
    const list = caveats(
      [OPENING, 'If the count is confirmed, the marsh would hold the largest heron colony in the region.', rest],
      [OPENING, rest, 'Largest heron colony found in the marsh'],
    );
    expect(list).toHaveLength(1);
    expect(list[0]!.level).toBe('high');
    expect(list[0]!.explanation).toContain('“If the count is confirmed”');
    expect(list[0]!.explanation).toContain('“Largest heron colony found in the marsh”');
  });

  test('a caveated claim dropped whole, stated nowhere: no caveat finding', () => {
    expect(
      caveats(
        [OPENING, 'If the count is confirmed, the marsh would hold the largest heron colony in the region.', rest],
        [OPENING, rest],
      ),
    ).toEqual([]);
  });
});
