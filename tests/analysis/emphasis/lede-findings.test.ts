/**
 * The lede's angle on small pairs of its own: a lede with a new angle is a high finding quoting both
 * sides; one small word changed, a lede kept word for word or changed only in house style, a byline
 * or a dateline raise none; a rewrite that opens with sentences of its own is said once, by the run
 * finding; a later sentence brought up to lead is named with where it came from.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments, LISTED_SALIENCE } from '../../../src/analysis/index.ts';

const LEDE = 'The council voted on Tuesday to keep the town library open for another year.';
const REST = [
  'Members said the building would need a new roof before the winter.',
  'A public meeting on the library’s opening hours is planned for next month.',
];

function doc(body: readonly string[]): ComparableDocument {
  return { headline: 'Town library to stay open', body: body.map((text) => ({ type: 'paragraph' as const, text })) };
}

/** The lede findings of a pair. */
function lede(from: readonly string[], to: readonly string[]): ReportFinding[] {
  return compareDocuments(doc(from), doc(to)).findings.filter((finding) => finding.change.startsWith('lede'));
}

describe('a reworded lede', () => {
  test('a new angle is a high framing finding quoting what each lede leads with', () => {
    const to =
      'Campaigners won a reprieve on Tuesday as the council voted to keep the town library open for another year.';
    const [finding, ...others] = lede([LEDE, ...REST], [to, ...REST]);
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ kind: 'framing', change: 'lede angle', level: 'high' });
    expect(finding!.explanation).toContain(`“${LEDE}”`);
    expect(finding!.explanation).toContain(`“${to}”`);
    expect(finding!.explanation).toMatch(/^The lede now leads with “Campaigners won a reprieve/u);
  });

  test('one small word changed raises no lede finding', () => {
    const to = 'The council voted on Tuesday to keep the village library open for another year.';
    expect(lede([LEDE, ...REST], [to, ...REST])).toEqual([]);
  });

  test('a lede kept word for word, or changed only in case and house style, raises nothing', () => {
    expect(lede([LEDE, ...REST], [LEDE, ...REST])).toEqual([]);
    expect(
      lede(
        ['Gov. Hale praised the colour of the new library at the opening ceremony on Tuesday.', ...REST],
        ['Governor Hale praised the color of the new Library at the opening ceremony on Tuesday.', ...REST],
      ),
    ).toEqual([]);
  });

  test('a byline or a dateline is not taken for the lede', () => {
    expect(lede(['By Jane Hale', LEDE, ...REST], [LEDE, ...REST])).toEqual([]);
    expect(lede([`LONDON, March 3 (Reuters) - ${LEDE}`, ...REST], [LEDE, ...REST])).toEqual([]);
  });
});

describe('another sentence leading', () => {
  test('a rewrite that opens with sentences of its own is said once, by the run finding', () => {
    const opening = [
      'Few places in town matter to residents as much as the old reading room on Mill Street.',
      'Generations of children learned to read there, and many still visit every week.',
    ];
    const report = compareDocuments(doc([LEDE, ...REST]), doc([...opening, LEDE, ...REST]));
    expect(report.findings.filter((finding) => finding.change.startsWith('lede'))).toEqual([]);
    // Listed findings only: the one about the lede pushed down is folded under the run's.
    const lead = report.findings.filter(
      (finding) => finding.salience >= LISTED_SALIENCE && finding.explanation.includes('now comes third'),
    );
    expect(lead).toHaveLength(1);
    expect(lead[0]!.explanation).toContain('opens with 2 sentences of its own');
  });

  test('a later sentence brought up to lead is named, with where it stood', () => {
    const [finding] = lede([LEDE, ...REST], [REST[1]!, LEDE, REST[0]!]);
    expect(finding).toMatchObject({ kind: 'framing', change: 'lede replaced', level: 'high' });
    expect(finding!.explanation).toContain(`now leads with “${REST[1]!}” (the original’s third sentence)`);
    expect(finding!.explanation).toContain(`the original’s led with “${LEDE}”`);
  });
});
