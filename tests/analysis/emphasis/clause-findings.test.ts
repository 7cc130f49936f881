/**
 * A clause cut from a sentence the rewrite keeps, or slipped into it, is a finding of its own; a
 * clause moved or reworded within the sentence, a word or two swapped, and words inside quotation
 * marks are not. The pairs are made up for these tests.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';

const lede = 'The harbour ferry will run again from Monday after a three-week stoppage, its operator said.';
const tail = 'Tickets bought for the cancelled crossings will be honoured until the end of June.';
const doc = (sentence: string): ComparableDocument => ({
  body: [lede, sentence, tail].map((text) => ({ type: 'paragraph' as const, text })),
});
const clauses = (from: string, to: string): ReportFinding[] =>
  compareDocuments(doc(from), doc(to)).findings.filter((finding) => /^clause/u.test(finding.change));

describe('clauses cut from or added to a kept sentence', () => {
  test('a clause cut is named, with the sentence as it now reads', () => {
    const found = clauses(
      'The council chairman, who had promised a full inquiry into the breakdown, said the repairs were complete.',
      'The council chairman said the repairs were complete.',
    );
    expect(found.map((finding) => finding.change)).toEqual(['clause cut']);
    expect(found[0]!.kind).toBe('omission');
    expect(found[0]!.explanation).toContain('leaves out “who had promised a full inquiry into the breakdown”');
    expect(found[0]!.explanation).toContain('it now reads “The council chairman said the repairs were complete.”');
  });

  test('a clause added is named, with the sentence the original has', () => {
    const found = clauses(
      'The council chairman said the repairs were complete.',
      'The council chairman, clearly rattled by weeks of angry letters, said the repairs were complete.',
    );
    expect(found.map((finding) => finding.change)).toEqual(['clause added']);
    expect(found[0]!.explanation).toContain('adds “clearly rattled by weeks of angry letters”');
  });

  test('a clause cut and another added in one sentence are one finding that names both', () => {
    const found = clauses(
      'The council chairman, who had promised a full inquiry, said the repairs to the older boat were complete and the ferry would sail on Monday.',
      'The council chairman said the repairs to the older boat were complete and the ferry would sail on Monday, ending a summer of angry letters.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toContain('leaves out “who had promised a full inquiry”');
    expect(found[0]!.explanation).toContain('and adds “ending a summer of angry letters”');
  });

  test('a clause moved into a sentence the rewrite adds beside it is no clause cut', () => {
    const from = compareDocuments(
      {
        body: [
          lede,
          'The council chairman, who had promised cheaper fares during the campaign, opened the new pier on Monday morning.',
          tail,
        ].map((text) => ({ type: 'paragraph' as const, text })),
      },
      {
        body: [
          lede,
          'The council chairman opened the new pier on Monday morning.',
          'He had promised cheaper fares during the campaign.',
          tail,
        ].map((text) => ({ type: 'paragraph' as const, text })),
      },
    );
    expect(from.findings.filter((finding) => finding.change === 'clause cut')).toEqual([]);
  });

  test('a clause moved within the sentence, or reworded in place, is no clause cut', () => {
    expect(
      clauses(
        'The chairman said on Friday, after a long meeting with engineers, that the repairs were complete.',
        'After a long meeting with engineers, the chairman said on Friday that the repairs were complete.',
      ),
    ).toEqual([]);
    expect(
      clauses(
        'The chairman said the repairs to the older boat were complete.',
        'The chairman said work on the older vessel had been finished.',
      ),
    ).toEqual([]);
  });

  test('a connective phrase, or a name shortened, cut from a sentence raises no clause finding', () => {
    expect(
      clauses(
        'On the other hand, the chairman said the repairs were complete.',
        'The chairman said the repairs were complete.',
      ),
    ).toEqual([]);
    expect(
      clauses(
        'Harbour Board chairman Dan Okafor said the repairs were complete.',
        'Okafor said the repairs were complete.',
      ),
    ).toEqual([]);
  });

  test('a word or two swapped, and words cut inside a quotation, raise no clause finding', () => {
    expect(
      clauses('The chairman said the repairs were finally complete.', 'The chairman said the repairs were complete.'),
    ).toEqual([]);
    expect(
      clauses(
        '“The repairs are complete and the boat has passed every single one of its safety checks,” the chairman said.',
        '“The repairs are complete,” the chairman said.',
      ),
    ).toEqual([]);
  });
});
