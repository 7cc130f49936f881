/**
 * A change said once: a finding that repeats what a weightier one already says is folded (or
 * ranked below it), so that the first screen names distinct changes. The pairs are made up.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments, isListed } from '../../../src/analysis/index.ts';

const doc = (headline: string, sentences: readonly string[]): ComparableDocument => ({
  headline,
  body: sentences.map((text) => ({ type: 'paragraph' as const, text })),
});
const listed = (from: ComparableDocument, to: ComparableDocument): ReportFinding[] =>
  compareDocuments(from, to).findings.filter(isListed);

const body = [
  'The harbour ferry carries about 900 passengers a day in summer.',
  'Engineers replaced the worn propeller shaft on the older of the two boats.',
  'Tickets for cancelled crossings will be honoured until the end of June.',
  'A second boat returns to service next month, the operator said.',
];

describe('repeats', () => {
  test('a new lede of the rewrite’s own is said by the lede finding, not again as an addition', () => {
    const from = doc('Ferry to run again', [
      'The island ferry will run again from Monday, its operator said.',
      ...body,
    ]);
    const to = doc('Ferry to run again', [
      'Angry islanders forced the council into a humiliating climbdown over the ferry this week.',
      ...body,
    ]);
    const found = listed(from, to);
    expect(found.filter((finding) => finding.change === 'lede replaced')).toHaveLength(1);
    const repeats = found.filter(
      (finding) => finding.kind === 'addition' && finding.explanation.includes('Angry islanders'),
    );
    expect(repeats).toEqual([]);
  });

  test('a framing verb in a reworded headline ranks below the headline finding, as body text would', () => {
    const from = doc('Council hints it may restore the ferry', body);
    const to = doc('Council confirms it will restore ferry service for good', body);
    const found = listed(from, to);
    const headline = found.find((finding) => finding.change === 'headline reworded');
    const verb = found.find((finding) => finding.kind === 'framing' && finding.change === 'verb changed');
    expect(headline).toBeDefined();
    expect(verb).toBeDefined();
    expect(verb!.level).not.toBe('high');
    expect(found.indexOf(verb!)).toBeGreaterThan(found.indexOf(headline!));
  });
});
