import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Segment } from '../../src/analysis/index.ts';
import { compareDocuments, isListed } from '../../src/analysis/index.ts';
import { comparisonRows } from '../../src/data/comparison-rows.ts';
import { findingSections, markSegments, unitMarks } from '../../src/data/findings-view.ts';
import { comparableDocument } from '../../src/ingest/index.ts';
import { originalDocument, rewriteDocument } from '../fixtures/seed/expected-documents.ts';

const report = compareDocuments(comparableDocument(originalDocument), comparableDocument(rewriteDocument));
const rows = comparisonRows(report);

describe('markSegments', () => {
  const segments: Segment[] = [
    { op: 'same', text: 'Trump ' },
    { op: 'removed', text: 'hints at possible' },
    { op: 'same', text: ' breakthrough' },
  ];

  test('cuts segments at the marks, keeping their ops, and says where each mark ends', () => {
    const marked = markSegments(segments, [
      { start: 6, end: 11, category: 'verb' },
      { start: 15, end: 23, category: 'hedge' },
    ]);
    expect(marked.map(({ op, text, mark, markEnds }) => [op, text, mark ?? '', markEnds])).toEqual([
      ['same', 'Trump ', '', false],
      ['removed', 'hints', 'verb', true],
      ['removed', ' at ', '', false],
      ['removed', 'possible', 'hedge', true],
      ['same', ' breakthrough', '', false],
    ]);
  });

  test('a mark across a diff edge comes in pieces, and only the last ends it', () => {
    const marked = markSegments(segments, [{ start: 0, end: 11, category: 'quotation' }]);
    expect(marked.filter((piece) => piece.mark === 'quotation').map((piece) => [piece.text, piece.markEnds])).toEqual([
      ['Trump ', false],
      ['hints', true],
    ]);
  });

  test('for any marks, the pieces give back the text exactly, and overlapping marks keep the first', () => {
    const text = segments.map((segment) => segment.text).join('');
    const mark = fc
      .tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom('hedge' as const, 'name' as const))
      .map(([x, y, category]) => ({ start: Math.min(x, y), end: Math.max(x, y), category }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 6 }), (marks) => {
        const pieces = markSegments(segments, marks);
        expect(pieces.map((piece) => piece.text).join('')).toBe(text);
        expect(pieces.every((piece) => piece.text !== '')).toBe(true);
      }),
    );
    expect(
      markSegments(segments, [
        { start: 0, end: 10, category: 'name' },
        { start: 5, end: 20, category: 'hedge' },
      ]).filter((piece) => piece.mark === 'hedge'),
    ).toEqual([]);
  });
});

describe('findingSections', () => {
  const sections = findingSections(report, rows);

  test('groups the findings worth showing, headline first, each linked to a row that exists', () => {
    expect(sections[0]?.title).toBe('Headline and lead');
    const rowIds = new Set(rows.map((row) => row.id));
    const items = sections.flatMap((section) => section.items);
    for (const item of items) if (item.anchor !== undefined) expect(rowIds.has(item.anchor)).toBe(true);
    // The headline's findings link to the headline row.
    expect(sections[0]!.items[0]!.anchor).toBe(rows[0]!.id);
    // Only the byline and photo credit have no place in the text.
    expect(items.filter((item) => item.anchor === undefined).map((item) => item.explanation)).toEqual([
      expect.stringContaining('byline'),
      expect.stringContaining('photo credit'),
    ]);
  });

  test('leaves out quotations kept word for word and findings below the bar', () => {
    const listed = new Set(sections.flatMap((section) => section.items.map((item) => item.id)));
    for (const finding of report.findings) {
      expect(listed.has(finding.id)).toBe(isListed(finding));
    }
  });
});

test('a finding marked only in the rewrite of a moved sentence links to where the rewrite has it', () => {
  const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
  const kept = [
    'The council met on Tuesday evening to discuss the budget.',
    'Members debated the library funding for two hours.',
    'Several residents spoke during the public comment period.',
    'The meeting ended shortly before midnight with no vote.',
  ];
  const report = compareDocuments(
    { body: [...kept, 'The mayor said the new tax will pass next month.'].map(paragraph) },
    { body: ['The mayor said the new tax may pass next month.', ...kept].map(paragraph) },
  );
  const moved = comparisonRows(report);
  const hedge = findingSections(report, moved)
    .flatMap((section) => section.items)
    .find((item) => item.explanation.includes('“may”'))!;
  expect(hedge.anchor).toMatch(/-to$/u);
});

test('unitMarks marks every quotation, kept ones too', () => {
  const marks = unitMarks(report);
  const quotationsMarked = [...marks.from.values()].flat().filter((mark) => mark.category === 'quotation').length;
  expect(quotationsMarked).toBe(
    report.findings
      .filter((finding) => finding.kind === 'quotation')
      .flatMap((finding) => finding.marks.filter((mark) => mark.side === 'from')).length,
  );
  expect(quotationsMarked).toBeGreaterThanOrEqual(9);
});
