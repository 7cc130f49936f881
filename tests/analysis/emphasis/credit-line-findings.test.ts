/**
 * Credit lines and datelines in the text: a byline, "Additional reporting by …", "… contributed to
 * this report", the place a story is filed from. The pairs are made up for these tests.
 */
import { describe, expect, test } from 'vitest';
import type { ComparableDocument, ReportFinding } from '../../../src/analysis/index.ts';
import { compareDocuments, isListed } from '../../../src/analysis/index.ts';

const body = [
  'The harbour ferry will run again from Monday after a three-week stoppage, its operator said.',
  'Engineers replaced the worn propeller shaft on the older of the two boats.',
];
const doc = (paragraphs: readonly string[]): ComparableDocument => ({
  headline: 'Ferry to run again',
  body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
});
const credits = (from: readonly string[], to: readonly string[]): ReportFinding[] =>
  compareDocuments(doc(from), doc(to)).findings.filter((finding) => /^credit lines/u.test(finding.change));

describe('credit lines and datelines', () => {
  test('a dateline and a byline dropped, and the rewrite’s own credit, are one finding naming all three', () => {
    const found = credits(
      ['By Ana Moreno', `PORTSMOUTH — ${body[0]!}`, body[1]!, '(Additional reporting by Tom Reyes)'],
      [...body, 'Harbour Weekly staff contributed to this report.'],
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toContain('drops the dateline “PORTSMOUTH”');
    expect(found[0]!.explanation).toContain('“By Ana Moreno” and “(Additional reporting by Tom Reyes)”');
    expect(found[0]!.explanation).toContain('credits “Harbour Weekly staff contributed to this report.” instead');
    expect(found[0]!.level).toBe('medium');
  });

  test('the dropped credit line is said once: its own “never learns this” finding is folded', () => {
    const report = compareDocuments(doc([...body, '(Reporting by Tom Reyes)']), doc(body));
    const listed = report.findings.filter(isListed);
    expect(listed.filter((finding) => finding.explanation.includes('Tom Reyes'))).toHaveLength(1);
  });

  test('a short sentence that opens “By then” or “By contrast” is no byline: its omission stays listed', () => {
    const report = compareDocuments(doc([...body, 'By then the harbour was quiet.']), doc(body));
    expect(report.findings.filter((finding) => /^credit lines/u.test(finding.change))).toEqual([]);
    expect(
      report.findings.filter(isListed).filter((finding) => finding.explanation.includes('By then the harbour')),
    ).toHaveLength(1);
    expect(
      credits([...body, 'By contrast, rail fares rose.'], [...body, 'By contrast, rail fares rose sharply.']),
    ).toEqual([]);
  });

  test('a label before the lede is no dateline, and a dateline kept in other capitals is kept', () => {
    expect(credits([`EXCLUSIVE — ${body[0]!}`, body[1]!], body)).toEqual([]);
    expect(credits([`AI — once a niche field — is everywhere now, its makers say.`, ...body], body)).toEqual([]);
    expect(
      credits([`PORTSMOUTH (Harbour Wire) — ${body[0]!}`, body[1]!], [`Portsmouth — ${body[0]!}`, body[1]!]),
    ).toEqual([]);
  });

  test('a byline moved between the text and the page’s metadata is kept', () => {
    const from: ComparableDocument = { ...doc(body), credits: { byline: 'Ana Moreno' } };
    const found = compareDocuments(from, doc(['By Ana Moreno', ...body])).findings;
    expect(found.filter((finding) => /^credit lines/u.test(finding.change))).toEqual([]);
  });

  test('credit lines and dateline kept raise nothing; a sentence opening with “By” is no byline', () => {
    expect(
      credits(
        [`PORTSMOUTH — ${body[0]!}`, body[1]!, '(Reporting by Tom Reyes)'],
        [`PORTSMOUTH — ${body[0]!}`, body[1]!, '(Reporting by Tom Reyes)'],
      ),
    ).toEqual([]);
    expect(
      credits(
        [...body, 'By Thursday evening most of the island’s families had heard the news from the harbour office.'],
        body,
      ),
    ).toEqual([]);
  });
});
