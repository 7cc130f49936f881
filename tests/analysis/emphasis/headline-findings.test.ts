/**
 * The headline's angle on small pairs of its own: a reworded headline is a finding quoting both
 * sides, ranked first; case, typography and an unchanged headline raise nothing; a dropped or added
 * headline is named; the signs of a sensational headline are named, and house style is not one.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments } from '../../../src/analysis/index.ts';

const BODY = [
  'The council met on Tuesday to discuss the future of the town library.',
  'Members said a decision on its funding would come next month.',
];

function doc(headline: string | undefined, body: readonly string[] = BODY): ComparableDocument {
  return { headline, body: body.map((text) => ({ type: 'paragraph' as const, text })) };
}

/** The headline findings of a pair (the framing findings about hedges and verbs left out). */
function headline(from: ComparableDocument, to: ComparableDocument): ReportFinding[] {
  return compareDocuments(from, to).findings.filter((finding) => finding.change.startsWith('headline'));
}

describe('a reworded headline', () => {
  test('a new angle is a high finding, ranked first, quoting the differing words of both sides', () => {
    const from = doc('Council hopes to save library from closure');
    const to = doc('Library closure looms despite council plea');
    const report = compareDocuments(from, to);
    const [finding] = headline(from, to);
    expect(finding).toMatchObject({ kind: 'framing', change: 'headline reworded', level: 'high' });
    expect(report.findings[0]).toEqual(finding);
    expect(finding!.explanation).toContain('“Council hopes to save library from closure”');
    expect(finding!.explanation).toContain('“Library closure looms despite council plea”');
    expect(finding!.explanation).toMatch(
      /now leads with “Library closure” where it led with “Council hopes to save”.*adds “looms despite council plea”/u,
    );
  });

  test('one word changed ranks below a headline rewritten throughout', () => {
    const small = headline(doc('Council hopes to save town library'), doc('Council plans to save town library'));
    const large = headline(doc('Council hopes to save town library'), doc('Library closure looms despite plea'));
    expect(small).toHaveLength(1);
    expect(small[0]!.explanation).toContain('says “plans” where it said “hopes”');
    expect(small[0]!.salience).toBeLessThan(large[0]!.salience);
  });

  test('a headline changed only in case is house style: no headline finding', () => {
    const from = doc('Council signals new budget for town library');
    const to = doc('Council Signals New Budget For Town Library');
    expect(headline(from, to)).toEqual([]);
    expect(compareDocuments(from, to).findings.filter((finding) => finding.level !== 'low')).toEqual([]);
  });

  test('a headline set wholly in capitals, as wire copy was, is house style too', () => {
    expect(
      headline(doc('Council signals new budget for library'), doc('COUNCIL SIGNALS NEW BUDGET FOR LIBRARY')),
    ).toEqual([]);
  });

  test('a headline kept word for word raises nothing', () => {
    expect(
      compareDocuments(doc('Council debates library budget'), doc('Council debates library budget')).findings,
    ).toEqual([]);
  });

  test('a headline whose only change is a hedge is left to the hedge finding, not said twice', () => {
    const from = doc('Council may close town library');
    const to = doc('Council will close town library');
    expect(headline(from, to)).toEqual([]);
    expect(compareDocuments(from, to).findings.map((finding) => finding.change)).toContain('hedge dropped');
  });
});

describe('a headline dropped or added', () => {
  test('a dropped headline is named with its words', () => {
    const [finding] = headline(doc('Council debates library budget'), doc(undefined));
    expect(finding).toMatchObject({ kind: 'framing', change: 'headline dropped' });
    expect(finding!.explanation).toContain('“Council debates library budget”');
  });

  test('an added headline is named with its words', () => {
    const [finding] = headline(doc(undefined), doc('Council debates library budget'));
    expect(finding).toMatchObject({ kind: 'framing', change: 'headline added' });
    expect(finding!.explanation).toContain('“Council debates library budget”');
  });

  test('a paragraph that a file without a headline put first is no headline', () => {
    const lede =
      'The council met on Tuesday evening in the town hall to discuss the future of the library, which has lost half of its funding over the last three years and may close.';
    expect(headline(doc(lede), doc('Council debates library budget'))[0]?.change).toBe('headline added');
  });
});

describe('signs of a sensational headline', () => {
  test('words in capitals for effect are named; an acronym is not', () => {
    const [finding] = headline(
      doc('Mayor criticises NATO summit plan'),
      doc('Mayor DESTROYS NATO Summit Plan In Fiery Speech', [...BODY, 'The mayor destroys plans often.']),
    );
    expect(finding!.explanation).toContain('words in capitals for effect (“DESTROYS”)');
    expect(finding!.explanation).not.toContain('“NATO”)');
  });

  test('a tag, a question and the reader addressed are named', () => {
    const [finding] = headline(doc('Water bills rise by a tenth'), doc('Are you paying too much for water? (VIDEO)'));
    expect(finding!.explanation).toContain('the tag “(VIDEO)”');
    expect(finding!.explanation).toContain('the reader addressed as “you”');
    expect(finding!.explanation).toContain('a question');
  });

  test('the same words given capitals for effect are a finding of their own, below a rewording', () => {
    const [finding] = headline(
      doc('Mayor rejects stadium plan', [...BODY, 'He rejects it.']),
      doc('Mayor REJECTS stadium plan', [...BODY, 'He rejects it.']),
    );
    expect(finding).toMatchObject({ change: 'headline sensational', level: 'medium' });
    expect(finding!.explanation).toContain('“REJECTS”');
  });
});
